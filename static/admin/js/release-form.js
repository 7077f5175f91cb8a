/* Open a release's translation tabs on its original language, and follow the
   "original language" field when it changes. modeltranslation's own switch
   (#modeltranslation-main-switch) moves every tab group at once. */
"use strict";
(function ($) {
  $(function () {
    const original = document.getElementById("id_original_language");
    const mainSwitch = document.getElementById("modeltranslation-main-switch");
    if (!original || !mainSwitch) {
      return;
    }
    function showLanguage(code) {
      const option = Array.from(mainSwitch.options).find(
        (item) => item.textContent.trim() === code
      );
      if (option) {
        $(mainSwitch).val(option.value).trigger("change");
      }
    }
    // After a failed save, modeltranslation opens the tab with the error: keep it.
    if (!document.querySelector(".errornote")) {
      showLanguage(original.value);
    }
    original.addEventListener("change", () => showLanguage(original.value));
  });
})(django.jQuery);
