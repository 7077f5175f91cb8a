/* The focal point: click the picture where crops (list cards, shared links)
   must stay centred; the two fields follow, and typing in them moves the
   mark. On a new picture, the chosen file is shown before it is uploaded. */
"use strict";
(function () {
  function start() {
    const across = document.getElementById("id_focal_x");
    const down = document.getElementById("id_focal_y");
    if (!across || !down) return;
    let picker = document.querySelector(".focal-picker");
    const upload = document.getElementById("id_file");
    if (!picker && upload) {
      picker = document.createElement("div");
      picker.className = "focal-picker";
      picker.hidden = true;
      picker.innerHTML = '<img alt=""><span class="focal-picker__marker" aria-hidden="true"></span>';
      upload.insertAdjacentElement("afterend", picker);
      upload.addEventListener("change", function () {
        const file = upload.files[0];
        picker.hidden = !file;
        if (file) picker.querySelector("img").src = URL.createObjectURL(file);
      });
    }
    if (!picker) return;
    const marker = picker.querySelector(".focal-picker__marker");
    function place() {
      marker.style.left = (Number(across.value) || 0) + "%";
      marker.style.top = (Number(down.value) || 0) + "%";
    }
    picker.querySelector("img").addEventListener("click", function (event) {
      const box = event.currentTarget.getBoundingClientRect();
      const clamp = (value) => Math.min(100, Math.max(0, Math.round(value * 100)));
      across.value = clamp((event.clientX - box.left) / box.width);
      down.value = clamp((event.clientY - box.top) / box.height);
      place();
    });
    across.addEventListener("input", place);
    down.addEventListener("input", place);
    place();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
