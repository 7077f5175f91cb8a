"""Demo content for the newsroom, loaded by ``manage.py load_demo``.

Invented releases in the style of an international organisation's press room, in
every state and language the site handles. No quote is attributed to a named
person. A body given as ``"file:<name>"`` is read from this directory.
"""

THEMES = [
    {
        "key": "counter-trafficking",
        "name": {
            "en": "Counter-trafficking",
            "fr": "Lutte contre la traite",
            "es": "Lucha contra la trata",
            "ar": "مكافحة الاتجار بالبشر",
        },
        "slug": {
            "en": "counter-trafficking",
            "fr": "lutte-contre-la-traite",
            "es": "lucha-contra-la-trata",
            "ar": "مكافحة-الاتجار-بالبشر",
        },
    },
    {
        "key": "migration-health",
        "name": {
            "en": "Migration health",
            "fr": "Migration et santé",
            "es": "Migración y salud",
            "ar": "الهجرة والصحة",
        },
        "slug": {
            "en": "migration-health",
            "fr": "migration-et-sante",
            "es": "migracion-y-salud",
            "ar": "الهجرة-والصحة",
        },
    },
    {
        "key": "emergencies",
        "name": {
            "en": "Humanitarian response",
            "fr": "Réponse humanitaire",
            "es": "Respuesta humanitaria",
            "ar": "الاستجابة الإنسانية",
        },
        "slug": {
            "en": "humanitarian-response",
            "fr": "reponse-humanitaire",
            "es": "respuesta-humanitaria",
            "ar": "الاستجابة-الإنسانية",
        },
    },
    {
        "key": "climate-and-migration",
        "name": {
            "en": "Climate and migration",
            "fr": "Climat et migration",
            "es": "Clima y migración",
            "ar": "المناخ والهجرة",
        },
        "slug": {
            "en": "climate-and-migration",
            "fr": "climat-et-migration",
            "es": "clima-y-migracion",
            "ar": "المناخ-والهجرة",
        },
    },
    {
        "key": "labour-migration",
        "name": {
            "en": "Labour migration",
            "fr": "Migration de main-d’œuvre",
            "es": "Migración laboral",
            "ar": "هجرة اليد العاملة",
        },
        "slug": {
            "en": "labour-migration",
            "fr": "migration-de-main-doeuvre",
            "es": "migracion-laboral",
            "ar": "هجرة-اليد-العاملة",
        },
    },
    {
        "key": "migrant-protection",
        "name": {
            "en": "Migrant protection",
            "fr": "Protection des migrants",
            "es": "Protección de personas migrantes",
            "ar": "حماية المهاجرين",
        },
        "slug": {
            "en": "migrant-protection",
            "fr": "protection-des-migrants",
            "es": "proteccion-de-personas-migrantes",
            "ar": "حماية-المهاجرين",
        },
    },
    {
        "key": "return-and-reintegration",
        "name": {
            "en": "Return and reintegration",
            "fr": "Retour et réintégration",
            "es": "Retorno y reintegración",
            "ar": "العودة وإعادة الإدماج",
        },
        "slug": {
            "en": "return-and-reintegration",
            "fr": "retour-et-reintegration",
            "es": "retorno-y-reintegracion",
            "ar": "العودة-وإعادة-الإدماج",
        },
    },
]

RELEASES = [
    {
        "key": "paraguay-seminar",
        "kind": "press_release",
        "region": "global",
        "countries": ["PY"],
        "themes": ["counter-trafficking"],
        "original_language": "fr",
        "state": "published",
        "published": "2016-05-12T09:00:00+00:00",
        "title": {
            "fr": "Séminaire sur la lutte contre la traite au Paraguay",
            "en": "Counter-trafficking seminar in Paraguay",
        },
        "slug": {
            "fr": "seminaire-sur-la-lutte-contre-la-traite-au-paraguay",
            "en": "counter-trafficking-seminar-in-paraguay",
        },
        "summary": {"fr": "", "en": ""},
        "dateline_place": {"fr": "Paraguay", "en": "Paraguay"},
        "body": {
            "fr": "file:paraguay-seminar.fr.html",
            "en": "file:paraguay-seminar.en.html",
        },
    },
    {
        "key": "bangladesh-monsoon-preparedness",
        "kind": "press_release",
        "region": "asia_pacific",
        "countries": ["BD"],
        "themes": ["emergencies", "climate-and-migration"],
        "original_language": "en",
        "state": "published",
        "published": "2023-06-08T06:30:00+00:00",
        "title": {
            "en": (
                "Bangladesh: IOM steps up monsoon preparedness in Rohingya refugee "
                "camps"
            ),
        },
        "slug": {
            "en": (
                "bangladesh-iom-steps-up-monsoon-preparedness-in-rohingya-refugee-camps"
            ),
        },
        "summary": {
            "en": (
                "Teams are reinforcing shelters, clearing drains and training refugee "
                "volunteers before the rains reach Cox’s Bazar."
            ),
        },
        "dateline_place": {"en": "Cox’s Bazar"},
        "body": {
            "en": (
                "<p>With the monsoon season approaching, IOM is stepping up "
                "preparedness in the Rohingya refugee camps in Cox’s Bazar, where "
                "nearly one million people live in bamboo and tarpaulin shelters on "
                "steep, deforested hillsides exposed to landslides and flash "
                "floods.</p>"
                "<p>Since March, IOM site management teams and refugee volunteers "
                "have:</p>"
                "<ul>"
                "<li>reinforced more than 12,000 shelters with tie-down kits and new "
                "bamboo;</li>"
                "<li>cleared 35 kilometres of drains and built retaining walls on "
                "high-risk slopes;</li>"
                "<li>trained 1,500 refugee volunteers in early warning, first aid and "
                "search and rescue.</li></ul>"
                "<p>“Every shelter we strengthen today is a family that is safer when "
                "the rains come,” said the IOM Chief of Mission in Bangladesh. “But "
                "preparedness has a cost, and the response remains seriously "
                "underfunded.”</p>"
            ),
        },
    },
    {
        "key": "niger-stranded-migrants",
        "kind": "press_release",
        "region": "africa",
        "countries": ["NE"],
        "themes": ["migrant-protection", "return-and-reintegration"],
        "original_language": "fr",
        "state": "published",
        "published": "2023-09-12T14:00:00+00:00",
        "title": {
            "fr": (
                "Niger : l’OIM appelle à une aide urgente pour les migrants bloqués à "
                "Agadez"
            ),
            "en": "Niger: IOM calls for urgent support for migrants stranded in Agadez",
        },
        "slug": {
            "fr": (
                "niger-loim-appelle-a-une-aide-urgente-pour-les-migrants-bloques-a-agadez"
            ),
            "en": "niger-iom-calls-for-urgent-support-for-migrants-stranded-in-agadez",
        },
        "summary": {"fr": "", "en": ""},
        "dateline_place": {"fr": "Agadez", "en": "Agadez"},
        "body": {
            "fr": (
                "<p>Plus de 4 000 migrants se trouvent actuellement bloqués dans les "
                "centres de transit de l’OIM au Niger, principalement à Agadez, Niamey "
                "et Arlit, à la suite de la fermeture des frontières et de la "
                "suspension des vols, qui empêchent l’organisation des retours "
                "volontaires vers leurs pays d’origine.</p>"
                "<p>Les centres fonctionnent bien au-delà de leur capacité, et "
                "plusieurs centaines de personnes dorment désormais dans des abris de "
                "fortune à proximité. Beaucoup d’entre elles ont besoin de soins "
                "médicaux, de nourriture et d’un soutien psychosocial après des mois "
                "passés sur les routes du désert.</p>"
                "<p>L’OIM appelle à la mise en place urgente d’un couloir humanitaire "
                "permettant de reprendre les retours volontaires, ainsi qu’à un "
                "soutien accru des donateurs pour maintenir l’assistance dans les "
                "centres.</p>"
            ),
            "en": (
                "<p>More than 4,000 migrants are currently stranded in IOM transit "
                "centres in Niger, mainly in Agadez, Niamey and Arlit, following the "
                "closure of borders and the suspension of flights, which are "
                "preventing voluntary returns to their countries of origin.</p>"
                "<p>The centres are operating well beyond capacity, and several "
                "hundred people are now sleeping in makeshift shelters nearby. Many of "
                "them need medical care, food and psychosocial support after months "
                "spent on desert routes.</p>"
                "<p>IOM is calling for the urgent establishment of a humanitarian "
                "corridor so that voluntary returns can resume, and for increased "
                "donor support to sustain assistance in the centres.</p>"
            ),
        },
    },
    {
        "key": "afghanistan-returns-from-pakistan",
        "kind": "briefing_note",
        "region": "asia_pacific",
        "countries": ["AF", "PK"],
        "themes": ["emergencies", "return-and-reintegration"],
        "original_language": "en",
        "state": "published",
        "published": "2023-11-10T11:15:00+00:00",
        "title": {
            "en": "Afghanistan: returns from Pakistan surge as winter approaches",
        },
        "slug": {"en": "afghanistan-returns-from-pakistan-surge-as-winter-approaches"},
        "summary": {"en": ""},
        "dateline_place": {"en": "Geneva"},
        "body": {
            "en": (
                "<p>More than 300,000 Afghans have returned from Pakistan since "
                "mid-September, the vast majority through the Torkham and Spin Boldak "
                "border crossings, according to data from IOM and the Afghan "
                "authorities. Daily arrivals have at times exceeded 20,000 people.</p>"
                "<p>Many returnees arrive with few belongings after decades spent "
                "outside the country; some children have never lived in Afghanistan. "
                "At the border, IOM provides cash assistance, transport, health "
                "screening and referrals for people with specific protection needs, "
                "including unaccompanied children and women travelling alone.</p>"
                "<p>With temperatures set to fall below freezing in the coming weeks, "
                "IOM is appealing for urgent funding for shelter, winter clothing and "
                "heating for returnees and the communities receiving them.</p>"
            ),
        },
    },
    {
        "key": "somalia-el-nino-floods",
        "kind": "news",
        "region": "africa",
        "countries": ["SO"],
        "themes": ["emergencies", "climate-and-migration"],
        "original_language": "en",
        "state": "published",
        "published": "2023-11-28T08:45:00+00:00",
        "title": {"en": "Somalia: El Niño floods displace hundreds of thousands"},
        "slug": {"en": "somalia-el-nino-floods-displace-hundreds-of-thousands"},
        "summary": {"en": ""},
        "dateline_place": {"en": "Mogadishu"},
        "body": {
            "en": (
                "<p>Heavy rains linked to El Niño have caused severe flooding across "
                "Somalia, displacing hundreds of thousands of people, many of whom had "
                "already fled the country’s worst drought in four decades.</p>"
                "<p>In Beledweyne and along the Juba and Shabelle rivers, entire "
                "neighbourhoods are under water. IOM teams are using boats to deliver "
                "shelter kits, hygiene supplies and water purification tablets, and "
                "are helping displaced families relocate to higher ground.</p>"
                "<p>“Communities here have barely had time to recover from the "
                "drought,” said the IOM Chief of Mission in Somalia. “These "
                "back-to-back shocks show why climate adaptation cannot wait.”</p>"
            ),
        },
    },
    {
        "key": "international-migrants-day-2023",
        "kind": "statement",
        "region": "global",
        "countries": [],
        "themes": ["migrant-protection", "labour-migration"],
        "original_language": "en",
        "state": "published",
        "published": "2023-12-18T07:00:00+00:00",
        "title": {
            "en": "IOM statement on International Migrants Day",
            "fr": (
                "Déclaration de l’OIM à l’occasion de la Journée internationale des "
                "migrants"
            ),
            "es": "Declaración de la OIM con motivo del Día Internacional del Migrante",
            "ar": "بيان المنظمة الدولية للهجرة بمناسبة اليوم الدولي للمهاجرين",
        },
        "slug": {
            "en": "iom-statement-on-international-migrants-day-2023",
            "fr": "declaration-de-loim-journee-internationale-des-migrants-2023",
            "es": "declaracion-de-la-oim-dia-internacional-del-migrante-2023",
            "ar": "بيان-المنظمة-بمناسبة-اليوم-الدولي-للمهاجرين-2023",
        },
        "summary": {"en": "", "fr": "", "es": "", "ar": ""},
        "dateline_place": {
            "en": "Geneva",
            "fr": "Genève",
            "es": "Ginebra",
            "ar": "جنيف",
        },
        "body": {
            "en": (
                "<p>Every year on 18 December, the world pauses to recognize the "
                "contribution of the more than 280 million people who live outside "
                "their country of birth. Migrants care for our families, build our "
                "cities, grow our food and bring new ideas to the communities that "
                "welcome them.</p>"
                "<p>Yet too many people still move because they have no other choice. "
                "Conflict, disasters and the worsening effects of climate change are "
                "forcing record numbers from their homes, and thousands lose their "
                "lives every year on dangerous journeys that safe and regular pathways "
                "could have prevented.</p>"
                "<p>On this International Migrants Day, IOM calls on States to:</p>"
                "<ul>"
                "<li>expand safe, orderly and regular pathways for migration, "
                "including for work and family reunification;</li>"
                "<li>ensure that all migrants, regardless of their status, can access "
                "health care, education and justice;</li>"
                "<li>invest in the communities that host migrants and in the places "
                "people leave, so that migration is a choice and not a "
                "necessity.</li></ul>"
                "<p>Well governed, migration benefits everyone. IOM will continue to "
                "work with governments, communities and migrants themselves to make "
                "that promise a reality.</p>"
            ),
            "fr": (
                "<p>Chaque année, le 18 décembre, le monde prend le temps de "
                "reconnaître la contribution des plus de 280 millions de personnes qui "
                "vivent hors de leur pays de naissance. Les migrants prennent soin de "
                "nos familles, construisent nos villes, cultivent nos aliments et "
                "apportent des idées nouvelles aux communautés qui les accueillent.</p>"
                "<p>Pourtant, trop de personnes se déplacent encore faute d’autre "
                "choix. Les conflits, les catastrophes et les effets de plus en plus "
                "graves des changements climatiques chassent de chez elles un nombre "
                "record de personnes, et des milliers perdent la vie chaque année au "
                "cours de voyages dangereux que des voies sûres et régulières auraient "
                "permis d’éviter.</p>"
                "<p>En cette Journée internationale des migrants, l’OIM appelle les "
                "États à :</p>"
                "<ul>"
                "<li>élargir les voies de migration sûres, ordonnées et régulières, "
                "notamment pour le travail et le regroupement familial ;</li>"
                "<li>garantir à tous les migrants, quel que soit leur statut, l’accès "
                "aux soins de santé, à l’éducation et à la justice ;</li>"
                "<li>investir dans les communautés qui accueillent des migrants et "
                "dans les lieux que les personnes quittent, afin que la migration soit "
                "un choix et non une nécessité.</li></ul>"
                "<p>Bien gouvernée, la migration profite à tous. L’OIM continuera de "
                "travailler avec les gouvernements, les communautés et les migrants "
                "eux-mêmes pour que cette promesse devienne réalité.</p>"
            ),
            "es": (
                "<p>Cada 18 de diciembre, el mundo se detiene a reconocer la "
                "contribución de las más de 280 millones de personas que viven fuera "
                "de su país de nacimiento. Las personas migrantes cuidan de nuestras "
                "familias, construyen nuestras ciudades, cultivan nuestros alimentos y "
                "aportan nuevas ideas a las comunidades que las acogen.</p>"
                "<p>Sin embargo, demasiadas personas siguen desplazándose porque no "
                "tienen otra opción. Los conflictos, los desastres y los efectos cada "
                "vez más graves del cambio climático obligan a un número récord de "
                "personas a abandonar sus hogares, y miles pierden la vida cada año en "
                "travesías peligrosas que unas vías seguras y regulares habrían podido "
                "evitar.</p>"
                "<p>En este Día Internacional del Migrante, la OIM hace un llamamiento "
                "a los Estados para que:</p>"
                "<ul>"
                "<li>amplíen las vías de migración seguras, ordenadas y regulares, "
                "incluidas las destinadas al trabajo y a la reunificación "
                "familiar;</li>"
                "<li>garanticen que todas las personas migrantes, independientemente "
                "de su situación, tengan acceso a la salud, la educación y la "
                "justicia;</li>"
                "<li>inviertan en las comunidades que acogen a personas migrantes y en "
                "los lugares de origen, para que migrar sea una opción y no una "
                "necesidad.</li></ul>"
                "<p>Bien gestionada, la migración beneficia a todos. La OIM seguirá "
                "trabajando con los gobiernos, las comunidades y las propias personas "
                "migrantes para hacer realidad esa promesa.</p>"
            ),
            "ar": (
                "<p>في الثامن عشر من كانون الأول/ديسمبر من كل عام، يتوقف العالم ليعترف "
                "بإسهامات أكثر من 280 مليون شخص يعيشون خارج بلدان مولدهم. فالمهاجرون "
                "يرعون أسرنا ويبنون مدننا ويزرعون غذاءنا، ويحملون أفكاراً جديدة إلى "
                "المجتمعات التي تستقبلهم.</p>"
                "<p>ومع ذلك، لا يزال كثيرون يضطرون إلى الهجرة لأنهم لا يملكون خياراً "
                "آخر. فالنزاعات والكوارث والآثار المتفاقمة لتغير المناخ تجبر أعداداً "
                "قياسية من الناس على مغادرة ديارهم، ويفقد الآلاف حياتهم كل عام في "
                "رحلات خطرة كان يمكن تفاديها لو توفرت مسارات آمنة ونظامية.</p>"
                "<p>وفي هذا اليوم الدولي للمهاجرين، تدعو المنظمة الدولية للهجرة الدول "
                "إلى:</p>"
                "<ul>"
                "<li>توسيع مسارات الهجرة الآمنة والمنظمة والنظامية، بما في ذلك لأغراض "
                "العمل ولم شمل الأسر؛</li>"
                "<li>ضمان حصول جميع المهاجرين، بصرف النظر عن وضعهم، على الرعاية الصحية "
                "والتعليم والعدالة؛</li>"
                "<li>الاستثمار في المجتمعات التي تستضيف المهاجرين وفي المناطق التي "
                "يغادرها الناس، حتى تكون الهجرة خياراً لا ضرورة.</li></ul>"
                "<p>إن الهجرة، حين تُدار إدارة رشيدة، تعود بالنفع على الجميع. وستواصل "
                "المنظمة العمل مع الحكومات والمجتمعات والمهاجرين أنفسهم لتحويل هذا "
                "الوعد إلى واقع.</p>"
            ),
        },
    },
    {
        "key": "darien-record-year",
        "kind": "press_release",
        "region": "americas",
        "countries": ["PA", "CO"],
        "themes": ["emergencies", "migrant-protection"],
        "original_language": "es",
        "state": "published",
        "published": "2024-01-09T16:00:00+00:00",
        "title": {
            "es": "La OIM alerta sobre un año récord de cruces por la selva del Darién",
            "en": "IOM warns of a record year of crossings through the Darién jungle",
        },
        "slug": {
            "es": "la-oim-alerta-sobre-un-ano-record-de-cruces-por-la-selva-del-darien",
            "en": "iom-warns-of-a-record-year-of-crossings-through-the-darien-jungle",
        },
        "summary": {"es": "", "en": ""},
        "dateline_place": {"es": "Ciudad de Panamá", "en": "Panama City"},
        "body": {
            "es": (
                "<p>Más de medio millón de personas atravesaron en 2023 la selva del "
                "Darién, la frontera natural entre Colombia y Panamá, según datos "
                "oficiales de las autoridades panameñas analizados por la Organización "
                "Internacional para las Migraciones (OIM). La cifra duplica con creces "
                "la registrada el año anterior.</p>"
                "<p>Entre quienes emprenden la travesía hay un número creciente de "
                "familias con niños pequeños, mujeres embarazadas y personas mayores. "
                "Durante los cinco a diez días de camino, se exponen a ríos crecidos, "
                "terreno escarpado, robos y violencia sexual.</p>"
                "<p>«Detrás de cada cifra hay una persona que lo ha arriesgado todo», "
                "señaló el jefe de misión de la OIM en Panamá. «Ningún padre ni "
                "ninguna madre debería verse obligado a cruzar una selva con su hijo "
                "en brazos para ponerse a salvo».</p>"
                "<p>En las estaciones de recepción migratoria de Lajas Blancas y San "
                "Vicente, la OIM brinda agua, alimentos, kits de higiene, atención "
                "psicosocial e información sobre los riesgos del trayecto, en "
                "coordinación con el Gobierno de Panamá y otras agencias de las "
                "Naciones Unidas.</p>"
            ),
            "en": (
                "<p>More than half a million people crossed the Darién jungle, the "
                "natural border between Colombia and Panama, in 2023, according to "
                "official data from the Panamanian authorities analysed by the "
                "International Organization for Migration (IOM). The figure is more "
                "than double that recorded the previous year.</p>"
                "<p>Those making the journey include a growing number of families with "
                "young children, pregnant women and older people. During the five to "
                "ten days of the trek, they face swollen rivers, steep terrain, "
                "robbery and sexual violence.</p>"
                "<p>“Behind every figure is a person who has risked everything,” said "
                "the IOM Chief of Mission in Panama. “No parent should be forced to "
                "cross a jungle with a child in their arms to reach safety.”</p>"
                "<p>At the Lajas Blancas and San Vicente migrant reception stations, "
                "IOM provides water, food, hygiene kits, psychosocial care and "
                "information on the risks of the journey, in coordination with the "
                "Government of Panama and other United Nations agencies.</p>"
            ),
        },
    },
    {
        "key": "philippines-ethical-recruitment",
        "kind": "press_release",
        "region": "asia_pacific",
        "countries": ["PH"],
        "themes": ["labour-migration", "counter-trafficking"],
        "original_language": "en",
        "state": "published",
        "published": "2024-02-20T03:00:00+00:00",
        "title": {
            "en": (
                "Philippines: recruitment agencies pledge to end fees charged to "
                "migrant workers"
            ),
        },
        "slug": {
            "en": (
                "philippines-recruitment-agencies-pledge-to-end-fees-charged-to-migrant-workers"
            ),
        },
        "summary": {"en": ""},
        "dateline_place": {"en": "Manila"},
        "body": {
            "en": (
                "<p>More than 50 licensed recruitment agencies in the Philippines "
                "today committed to the “employer pays” principle, under which workers "
                "should never pay fees to secure a job abroad, at a forum organized by "
                "IOM with the Department of Migrant Workers.</p>"
                "<p>Recruitment fees and related costs can amount to several months’ "
                "wages, leaving workers in debt before their contracts even begin and "
                "exposing them to forced labour. The agencies that signed the pledge "
                "will be supported to align their practices with the International "
                "Recruitment Integrity System (IRIS), IOM’s ethical recruitment "
                "standard.</p>"
                "<p>The Philippines has one of the world’s most developed systems for "
                "protecting its nationals working abroad. Today’s pledge builds on it "
                "by bringing private recruiters into the effort to end exploitative "
                "practices.</p>"
            ),
        },
    },
    {
        "key": "yemen-eastern-route",
        "kind": "press_release",
        "region": "mena",
        "countries": ["YE", "ET", "DJ", "SO"],
        "themes": ["migrant-protection", "counter-trafficking"],
        "original_language": "ar",
        "state": "published",
        "published": "2024-03-05T09:30:00+00:00",
        "title": {
            "ar": (
                "المنظمة الدولية للهجرة تحذر من تزايد المخاطر على المهاجرين في الطريق "
                "الشرقي"
            ),
            "en": "IOM warns of mounting risks for migrants on the Eastern Route",
        },
        "slug": {
            "ar": "تزايد-المخاطر-على-المهاجرين-في-الطريق-الشرقي",
            "en": "iom-warns-of-mounting-risks-for-migrants-on-the-eastern-route",
        },
        "summary": {
            "ar": (
                "سجلت المنظمة ارتفاعاً في أعداد المهاجرين القادمين من القرن الأفريقي "
                "إلى اليمن رغم النزاع والمخاطر المتزايدة على طول الطريق."
            ),
            "en": (
                "IOM has recorded a rise in arrivals from the Horn of Africa to Yemen "
                "despite the conflict and growing dangers along the route."
            ),
        },
        "dateline_place": {"ar": "عدن", "en": "Aden"},
        "body": {
            "ar": (
                "<p>حذرت المنظمة الدولية للهجرة اليوم من تزايد المخاطر التي يتعرض لها "
                "المهاجرون الذين يسلكون ما يُعرف بالطريق الشرقي من القرن الأفريقي عبر "
                "اليمن باتجاه دول الخليج، بعد أن سجلت فرقها الميدانية ارتفاعاً ملحوظاً "
                "في أعداد الوافدين إلى السواحل اليمنية خلال الأشهر الأولى من العام.</p>"
                "<p>ويصل معظم المهاجرين، وأغلبهم من الشباب الإثيوبيين، بعد رحلات بحرية "
                "محفوفة بالمخاطر انطلاقاً من جيبوتي والصومال، ويتعرض كثير منهم "
                "للاستغلال والعنف على أيدي المهربين والمتاجرين بالبشر، فضلاً عن نقص "
                "حاد في الغذاء والمياه والرعاية الصحية.</p>"
                "<p>وقال رئيس بعثة المنظمة في اليمن: «لا يمكن لأي طرف أن يتحمل وحده "
                "مسؤولية حماية هؤلاء الأشخاص. نحن بحاجة إلى تعاون إقليمي حقيقي يضمن "
                "سلامة المهاجرين وكرامتهم على طول الطريق».</p>"
                "<p>وتقدم المنظمة، من خلال نقاط الاستجابة للمهاجرين في عدن ومأرب، "
                "المساعدات الطبية والغذائية والدعم النفسي والاجتماعي، كما تيسر العودة "
                "الإنسانية الطوعية لمن يرغبون في العودة إلى بلدانهم الأصلية.</p>"
            ),
            "en": (
                "<p>IOM today warned of the growing dangers facing migrants who travel "
                "along the so-called Eastern Route from the Horn of Africa through "
                "Yemen towards the Gulf States, after its field teams recorded a "
                "marked increase in arrivals on Yemen’s coast in the first months of "
                "the year.</p>"
                "<p>Most of the migrants, the majority of them young Ethiopians, "
                "arrive after perilous sea journeys from Djibouti and Somalia. Many "
                "suffer exploitation and violence at the hands of smugglers and "
                "traffickers, as well as severe shortages of food, water and health "
                "care.</p>"
                "<p>“No one can shoulder the responsibility of protecting these people "
                "alone,” said the IOM Chief of Mission in Yemen. “We need genuine "
                "regional cooperation to ensure migrants’ safety and dignity all along "
                "the route.”</p>"
                "<p>Through its migrant response points in Aden and Marib, IOM "
                "provides medical and food assistance and psychosocial support, and "
                "facilitates voluntary humanitarian return for those who wish to go "
                "back to their countries of origin.</p>"
            ),
        },
    },
    {
        "key": "haiti-displacement",
        "kind": "briefing_note",
        "region": "americas",
        "countries": ["HT"],
        "themes": ["emergencies"],
        "original_language": "fr",
        "state": "published",
        "published": "2024-04-16T13:20:00+00:00",
        "title": {
            "fr": "Haïti : plus de 360 000 personnes déplacées par la violence",
            "en": "Haiti: more than 360,000 people displaced by violence",
        },
        "slug": {
            "fr": "haiti-plus-de-360-000-personnes-deplacees-par-la-violence",
            "en": "haiti-more-than-360000-people-displaced-by-violence",
        },
        "summary": {
            "fr": (
                "Près de la moitié des personnes déplacées ont fui leur domicile au "
                "cours des douze derniers mois, selon la Matrice de suivi des "
                "déplacements de l’OIM."
            ),
            "en": (
                "Nearly half of the displaced fled their homes in the past twelve "
                "months, according to IOM’s Displacement Tracking Matrix."
            ),
        },
        "dateline_place": {"fr": "Port-au-Prince", "en": "Port-au-Prince"},
        "body": {
            "fr": (
                "<p>Plus de 360 000 personnes sont aujourd’hui déplacées à l’intérieur "
                "d’Haïti, selon les dernières données de la Matrice de suivi des "
                "déplacements (DTM) de l’OIM. Près de la moitié d’entre elles ont fui "
                "leur domicile au cours des douze derniers mois, en raison de "
                "l’intensification de la violence armée dans la zone métropolitaine de "
                "Port-au-Prince.</p>"
                "<p>La plupart des personnes déplacées sont hébergées par des familles "
                "d’accueil, souvent dans des conditions précaires, tandis que d’autres "
                "ont trouvé refuge dans des écoles, des églises et des bâtiments "
                "publics devenus des sites de déplacement spontanés.</p>"
                "<p>L’OIM fournit de l’eau potable, des articles de première "
                "nécessité, des soins de santé mobiles et un soutien psychosocial dans "
                "les sites accessibles, et appelle à un accès humanitaire sûr et sans "
                "entrave à l’ensemble des populations touchées.</p>"
            ),
            "en": (
                "<p>More than 360,000 people are now internally displaced in Haiti, "
                "according to the latest data from IOM’s Displacement Tracking Matrix "
                "(DTM). Nearly half of them fled their homes in the past twelve "
                "months, as armed violence intensified in the Port-au-Prince "
                "metropolitan area.</p>"
                "<p>Most displaced people are staying with host families, often in "
                "precarious conditions, while others have sought refuge in schools, "
                "churches and public buildings that have become spontaneous "
                "displacement sites.</p>"
                "<p>IOM is providing safe drinking water, essential items, mobile "
                "health care and psychosocial support in the sites it can reach, and "
                "calls for safe and unimpeded humanitarian access to all affected "
                "people.</p>"
            ),
        },
    },
    {
        "key": "pacific-planned-relocation",
        "kind": "news",
        "region": "asia_pacific",
        "countries": ["FJ", "TV", "KI"],
        "themes": ["climate-and-migration"],
        "original_language": "en",
        "state": "published",
        "published": "2024-05-21T22:00:00+00:00",
        "title": {
            "en": (
                "Pacific governments and IOM discuss planned relocation as sea levels "
                "rise"
            ),
        },
        "slug": {
            "en": (
                "pacific-governments-and-iom-discuss-planned-relocation-as-sea-levels-rise"
            ),
        },
        "summary": {"en": ""},
        "dateline_place": {"en": "Suva"},
        "body": {
            "en": (
                "<p>Officials from twelve Pacific Island countries met in Suva this "
                "week to share experience of planned relocation, as rising seas, "
                "coastal erosion and saltwater intrusion make some low-lying "
                "communities increasingly difficult to live in.</p>"
                "<p>Fiji has already relocated several villages and adopted national "
                "guidelines for the process. Participants stressed that relocation "
                "must remain a last resort, led by communities themselves and "
                "respectful of their ties to land, culture and ancestors.</p>"
                "<p>IOM supports Pacific governments in gathering data on climate "
                "mobility, integrating it into national adaptation plans and ensuring "
                "that people who move, or who choose to stay, can do so in safety and "
                "dignity.</p>"
            ),
        },
    },
    {
        "key": "libya-voluntary-return-nigeria",
        "kind": "news",
        "region": "mena",
        "countries": ["LY", "NG"],
        "themes": ["return-and-reintegration"],
        "original_language": "ar",
        "state": "published",
        "published": "2024-06-18T10:00:00+00:00",
        "title": {
            "ar": (
                "عودة 162 مهاجراً من ليبيا إلى نيجيريا ضمن برنامج العودة الإنسانية "
                "الطوعية"
            ),
            "en": (
                "162 migrants return home from Libya to Nigeria on a voluntary "
                "humanitarian return flight"
            ),
        },
        "slug": {
            "ar": "عودة-162-مهاجرا-من-ليبيا-إلى-نيجيريا",
            "en": "162-migrants-return-home-from-libya-to-nigeria",
        },
        "summary": {"ar": "", "en": ""},
        "dateline_place": {"ar": "طرابلس", "en": "Tripoli"},
        "body": {
            "ar": (
                "<p>نظمت المنظمة الدولية للهجرة، بالتنسيق مع السلطات الليبية "
                "والنيجيرية، رحلة عودة إنسانية طوعية من مطار معيتيقة في طرابلس إلى "
                "مدينة لاغوس، أعادت على متنها 162 مهاجراً نيجيرياً، بينهم نساء وأطفال "
                "وعدد من الأشخاص ذوي الاحتياجات الصحية الخاصة.</p>"
                "<p>وقبل المغادرة، خضع جميع العائدين لفحوص طبية، وتلقوا المشورة "
                "والمعلومات اللازمة حول أشكال الدعم المتاحة لهم في بلدهم. وعند الوصول، "
                "استقبلتهم فرق المنظمة في نيجيريا لتقديم المساعدة الفورية وإحالتهم إلى "
                "برامج إعادة الإدماج.</p>"
                "<p>وتشمل مساعدات إعادة الإدماج:</p>"
                "<ul>"
                "<li>التدريب المهني ودعم إطلاق المشاريع الصغيرة؛</li>"
                "<li>الإحالة إلى خدمات الرعاية الصحية والدعم النفسي والاجتماعي؛</li>"
                "<li>المساعدة على التحاق الأطفال العائدين بالمدارس.</li></ul>"
                "<p>وأكدت المنظمة أن العودة الإنسانية الطوعية تظل خياراً يتخذه "
                "المهاجرون بأنفسهم وعن علم كامل، داعيةً إلى زيادة التمويل لضمان "
                "استدامة إعادة الإدماج في المجتمعات المحلية.</p>"
            ),
            "en": (
                "<p>IOM, in coordination with the Libyan and Nigerian authorities, "
                "organized a voluntary humanitarian return flight from Mitiga Airport "
                "in Tripoli to Lagos, bringing home 162 Nigerian migrants, including "
                "women, children and several people with specific health needs.</p>"
                "<p>Before departure, all returnees underwent medical checks and "
                "received counselling and information on the support available to them "
                "at home. On arrival, they were met by IOM teams in Nigeria, who "
                "provided immediate assistance and referred them to reintegration "
                "programmes.</p>"
                "<p>Reintegration assistance includes:</p>"
                "<ul>"
                "<li>vocational training and support to start small businesses;</li>"
                "<li>referrals to health care and psychosocial support;</li>"
                "<li>help for returning children to go back to school.</li></ul>"
                "<p>IOM stressed that voluntary humanitarian return remains a choice "
                "that migrants make themselves, in full knowledge of the facts, and "
                "called for more funding to make reintegration sustainable in local "
                "communities.</p>"
            ),
        },
    },
    {
        "key": "central-mediterranean-deaths",
        "kind": "briefing_note",
        "region": "europe",
        "countries": ["IT", "MT", "LY", "TN"],
        "themes": ["migrant-protection"],
        "original_language": "en",
        "state": "published",
        "published": "2024-08-09T09:00:00+00:00",
        "title": {
            "en": (
                "Deaths in the Central Mediterranean remain high despite fewer "
                "crossings"
            ),
        },
        "slug": {
            "en": (
                "deaths-in-the-central-mediterranean-remain-high-despite-fewer-crossings"
            ),
        },
        "summary": {"en": ""},
        "dateline_place": {"en": "Geneva"},
        "body": {
            "en": (
                "<p>At least 1,000 people have died or gone missing in the Central "
                "Mediterranean since the start of the year, according to IOM’s Missing "
                "Migrants Project, even though fewer people have attempted the "
                "crossing from North Africa to Europe than last year.</p>"
                "<p>Many deaths occur in “invisible shipwrecks”, in which boats "
                "disappear without trace and no search is ever conducted. The true "
                "toll is therefore likely to be higher.</p>"
                "<p>IOM reiterates its call on States to:</p>"
                "<ul>"
                "<li>strengthen State-led search and rescue capacity at sea;</li>"
                "<li>ensure the prompt disembarkation of rescued people in a place of "
                "safety;</li>"
                "<li>expand safe and regular pathways so that fewer people feel forced "
                "to risk their lives at sea.</li></ul>"
            ),
        },
    },
    {
        "key": "drc-mpox-points-of-entry",
        "kind": "news",
        "region": "africa",
        "countries": ["CD", "RW", "BI", "UG"],
        "themes": ["migration-health"],
        "original_language": "fr",
        "state": "published",
        "published": "2024-08-28T12:00:00+00:00",
        "title": {
            "fr": (
                "RDC : l’OIM renforce la surveillance sanitaire aux points d’entrée "
                "face à la mpox"
            ),
        },
        "slug": {
            "fr": (
                "rdc-loim-renforce-la-surveillance-sanitaire-aux-points-dentree-face-a-la-mpox"
            ),
        },
        "summary": {"fr": ""},
        "dateline_place": {"fr": "Goma"},
        "body": {
            "fr": (
                "<p>Face à la propagation de la mpox dans l’est de la République "
                "démocratique du Congo, l’OIM appuie le Programme national d’hygiène "
                "aux frontières pour renforcer la surveillance sanitaire aux points "
                "d’entrée terrestres et lacustres du Nord-Kivu et du Sud-Kivu.</p>"
                "<p>Les équipes de l’OIM ont cartographié les flux de population entre "
                "la RDC, le Rwanda, le Burundi et l’Ouganda afin d’identifier les "
                "points de passage les plus fréquentés, où sont désormais installés "
                "des postes de dépistage, de lavage des mains et d’orientation vers "
                "les structures de santé.</p>"
                "<ul>"
                "<li>Plus de 200 agents de santé et de contrôle aux frontières ont été "
                "formés à la détection et à la prise en charge des cas suspects.</li>"
                "<li>Des messages de prévention sont diffusés en swahili, en "
                "kinyarwanda et en français auprès des voyageurs et des communautés "
                "frontalières.</li>"
                "<li>Des kits de protection et d’hygiène ont été distribués dans 30 "
                "points d’entrée.</li></ul>"
            ),
        },
    },
    {
        "key": "peru-labour-inclusion",
        "kind": "news",
        "region": "americas",
        "countries": ["PE", "VE"],
        "themes": ["labour-migration"],
        "original_language": "es",
        "state": "published",
        "published": "2024-09-17T17:00:00+00:00",
        "title": {
            "es": (
                "Perú: la OIM impulsa la inserción laboral de personas refugiadas y "
                "migrantes venezolanas"
            ),
            "en": "Peru: IOM helps Venezuelan refugees and migrants find decent work",
        },
        "slug": {
            "es": "peru-la-oim-impulsa-la-insercion-laboral-de-personas-venezolanas",
            "en": "peru-iom-helps-venezuelan-refugees-and-migrants-find-decent-work",
        },
        "summary": {
            "es": (
                "Una nueva ventanilla en Lima orientará a personas refugiadas y "
                "migrantes sobre derechos laborales y empleo formal."
            ),
            "en": (
                "A new desk in Lima will advise refugees and migrants on labour rights "
                "and formal employment."
            ),
        },
        "dateline_place": {"es": "Lima", "en": "Lima"},
        "body": {
            "es": (
                "<p>La OIM y el Ministerio de Trabajo y Promoción del Empleo del Perú "
                "presentaron hoy en Lima una nueva ventanilla de orientación laboral "
                "para personas refugiadas y migrantes, que ofrecerá asesoría sobre "
                "derechos laborales, reconocimiento de títulos y búsqueda de empleo "
                "formal.</p>"
                "<p>El Perú acoge a cerca de 1,5 millones de personas venezolanas, "
                "muchas de las cuales trabajan en la economía informal pese a contar "
                "con formación técnica o universitaria. La iniciativa busca reducir "
                "esa brecha y conectar sus competencias con las necesidades de las "
                "empresas peruanas.</p>"
                "<p>Durante su primer año, el proyecto prevé:</p>"
                "<ul>"
                "<li>orientar a 10.000 personas sobre sus derechos y obligaciones "
                "laborales;</li>"
                "<li>certificar las competencias de 2.000 trabajadores en oficios con "
                "alta demanda;</li>"
                "<li>sensibilizar a 300 empresas sobre la contratación de personas "
                "migrantes.</li></ul>"
            ),
            "en": (
                "<p>IOM and Peru’s Ministry of Labour and Employment Promotion today "
                "opened a new employment guidance desk in Lima for refugees and "
                "migrants, offering advice on labour rights, the recognition of "
                "qualifications and finding formal work.</p>"
                "<p>Peru hosts some 1.5 million Venezuelans, many of whom work in the "
                "informal economy despite holding technical or university "
                "qualifications. The initiative aims to close that gap and match their "
                "skills with the needs of Peruvian businesses.</p>"
                "<p>In its first year, the project plans to:</p>"
                "<ul>"
                "<li>advise 10,000 people on their labour rights and obligations;</li>"
                "<li>certify the skills of 2,000 workers in high-demand trades;</li>"
                "<li>raise awareness among 300 companies about hiring migrant "
                "workers.</li></ul>"
            ),
        },
    },
    {
        "key": "ukraine-winter-assistance",
        "kind": "news",
        "region": "europe",
        "countries": ["UA"],
        "themes": ["emergencies"],
        "original_language": "en",
        "state": "published",
        "published": "2024-12-03T08:00:00+00:00",
        "title": {
            "en": (
                "Ukraine: IOM helps displaced families prepare for a third winter of "
                "war"
            ),
        },
        "slug": {
            "en": (
                "ukraine-iom-helps-displaced-families-prepare-for-a-third-winter-of-war"
            ),
        },
        "summary": {"en": ""},
        "dateline_place": {"en": "Kyiv"},
        "body": {
            "en": (
                "<p>As temperatures drop and attacks on energy infrastructure "
                "continue, IOM is helping displaced people and the communities hosting "
                "them in Ukraine to prepare for a third winter since the full-scale "
                "invasion.</p>"
                "<p>IOM’s winter assistance includes:</p>"
                "<ul>"
                "<li>cash for heating and winter clothing for vulnerable "
                "households;</li>"
                "<li>repairs to damaged homes and collective centres, including "
                "windows, roofs and insulation;</li>"
                "<li>generators and solid fuel for hospitals, schools and water "
                "systems in frontline areas.</li></ul>"
                "<p>Some 3.6 million people remain internally displaced across "
                "Ukraine, according to IOM data. Many are older people or people with "
                "disabilities, who face particular risks during power and heating "
                "cuts.</p>"
            ),
        },
    },
    {
        "key": "global-appeal-2025",
        "kind": "press_release",
        "region": "global",
        "countries": [],
        "themes": ["emergencies"],
        "original_language": "en",
        "state": "published",
        "published": "2025-01-15T10:30:00+00:00",
        "title": {
            "en": (
                "IOM launches 2025 Global Appeal to help millions of people on the move"
            ),
        },
        "slug": {
            "en": (
                "iom-launches-2025-global-appeal-to-help-millions-of-people-on-the-move"
            ),
        },
        "summary": {
            "en": (
                "The appeal covers life-saving aid and longer-term solutions for "
                "people affected by conflict, disasters and climate change in more "
                "than 80 countries."
            ),
        },
        "dateline_place": {"en": "Geneva"},
        "body": {
            "en": (
                "<p>IOM today launched its 2025 Global Appeal, seeking funding to "
                "reach millions of people affected by conflict, disasters and the "
                "impacts of climate change in more than 80 countries.</p>"
                "<p>The appeal covers life-saving assistance such as shelter, water "
                "and health care, as well as longer-term work to help communities "
                "recover, reduce the risk of future displacement and open safe "
                "pathways for migration.</p>"
                "<p>“Humanitarian needs are growing faster than the resources "
                "available to meet them,” said the IOM Director General. “Investing "
                "now in solutions for displaced people is the surest way to reduce the "
                "cost of tomorrow’s crises.”</p>"
            ),
        },
    },
    {
        "key": "sudan-darfur-displacement-revised",
        "kind": "briefing_note",
        "region": "mena",
        "countries": ["SD"],
        "themes": ["emergencies"],
        "original_language": "ar",
        "state": "published",
        "published": "2025-02-14T10:00:00+00:00",
        "title": {
            "ar": (
                "السودان: المنظمة الدولية للهجرة تحدث أرقام النزوح بعد وصول فرقها إلى "
                "دارفور"
            ),
            "en": "Sudan: IOM revises displacement figures as teams reach Darfur",
            "fr": (
                "Soudan : l’OIM actualise les chiffres du déplacement après l’arrivée "
                "de ses équipes au Darfour"
            ),
        },
        "slug": {
            "ar": "السودان-تحديث-أرقام-النزوح-بعد-الوصول-إلى-دارفور",
            "en": "sudan-iom-revises-displacement-figures-as-teams-reach-darfur",
            "fr": "soudan-loim-actualise-les-chiffres-du-deplacement-au-darfour",
        },
        "summary": {"ar": "", "en": "", "fr": ""},
        "dateline_place": {"ar": "بورتسودان", "en": "Port Sudan", "fr": "Port-Soudan"},
        "body": {
            "ar": (
                "<p>أعلنت المنظمة الدولية للهجرة اليوم عن تحديث أرقام النزوح في ولايات "
                "دارفور، استناداً إلى بيانات جمعتها فرق مصفوفة تتبع النزوح التابعة لها "
                "بعد أن تمكنت من الوصول إلى مناطق تعذر الوصول إليها منذ أشهر.</p>"
                "<p>وتُظهر البيانات المحدثة أن نحو 980 ألف شخص نزحوا داخل ولايات "
                "دارفور الخمس منذ بدء موجة العنف الأخيرة، وهو رقم أدنى من التقدير "
                "الأولي الذي نُشر في وقت سابق من هذا الشهر، والذي احتسب بعض الأسر "
                "النازحة أكثر من مرة.</p>"
                "<p>ويعيش معظم النازحين في مخيمات مكتظة أو لدى مجتمعات مضيفة تعاني هي "
                "نفسها من شح الموارد، فيما تبقى المياه النظيفة والمأوى والرعاية الصحية "
                "أكثر الاحتياجات إلحاحاً.</p>"
                "<p>وتدعو المنظمة جميع الأطراف إلى ضمان وصول إنساني آمن ومستدام، وإلى "
                "حماية المدنيين والبنية التحتية المدنية.</p>"
            ),
            "en": (
                "<p>IOM today released updated displacement figures for the Darfur "
                "states, based on data collected by its Displacement Tracking Matrix "
                "(DTM) teams after they gained access to areas that had been out of "
                "reach for months.</p>"
                "<p>The updated data show that some 980,000 people have been displaced "
                "within the five Darfur states since the latest wave of violence "
                "began. This is lower than the preliminary estimate published earlier "
                "this month, which counted some displaced families more than once.</p>"
                "<p>Most of the displaced are living in overcrowded camps or with host "
                "communities that are themselves short of resources. Clean water, "
                "shelter and health care remain the most urgent needs.</p>"
                "<p>IOM calls on all parties to ensure safe and sustained humanitarian "
                "access, and to protect civilians and civilian infrastructure.</p>"
            ),
            "fr": (
                "<p>L’OIM a publié aujourd’hui des chiffres actualisés sur les "
                "déplacements dans les États du Darfour, sur la base des données "
                "recueillies par les équipes de sa Matrice de suivi des déplacements "
                "(DTM) après qu’elles ont pu accéder à des zones restées inaccessibles "
                "pendant des mois.</p>"
                "<p>Les données actualisées montrent qu’environ 980 000 personnes ont "
                "été déplacées à l’intérieur des cinq États du Darfour depuis le début "
                "de la dernière vague de violence. Ce chiffre est inférieur à "
                "l’estimation préliminaire publiée plus tôt ce mois-ci, qui comptait "
                "certaines familles déplacées plus d’une fois.</p>"
                "<p>La plupart des personnes déplacées vivent dans des camps "
                "surpeuplés ou au sein de communautés d’accueil elles-mêmes démunies. "
                "L’eau potable, les abris et les soins de santé restent les besoins "
                "les plus urgents.</p>"
                "<p>L’OIM appelle toutes les parties à garantir un accès humanitaire "
                "sûr et durable, et à protéger les civils et les infrastructures "
                "civiles.</p>"
            ),
        },
    },
    {
        "key": "kenya-world-tb-day",
        "kind": "news",
        "region": "africa",
        "countries": ["KE", "ET", "SO"],
        "themes": ["migration-health"],
        "original_language": "en",
        "state": "published",
        "published": "2025-03-24T07:30:00+00:00",
        "title": {
            "en": (
                "World TB Day: IOM expands tuberculosis care for migrants in East "
                "Africa"
            ),
        },
        "slug": {
            "en": (
                "world-tb-day-iom-expands-tuberculosis-care-for-migrants-in-east-africa"
            ),
        },
        "summary": {"en": ""},
        "dateline_place": {"en": "Nairobi"},
        "body": {
            "en": (
                "<p>On World Tuberculosis Day, IOM announced the expansion of its "
                "tuberculosis (TB) screening and treatment services for migrants and "
                "mobile populations along major transport corridors in Kenya, Ethiopia "
                "and Somalia.</p>"
                "<p>Truck drivers, seasonal workers and people displaced by conflict "
                "or drought often struggle to complete the six months of treatment "
                "that TB requires, because they move on before their course is "
                "finished. IOM’s cross-border referral system allows patients to "
                "continue treatment wherever they go, with their medical records "
                "following them.</p>"
                "<p>Last year, IOM health teams in the region screened more than "
                "150,000 people for TB and supported nearly 2,000 patients through to "
                "the end of their treatment.</p>"
            ),
        },
    },
    {
        "key": "myanmar-earthquake",
        "kind": "news",
        "region": "asia_pacific",
        "countries": ["MM"],
        "themes": ["emergencies"],
        "original_language": "en",
        "state": "published",
        "published": "2025-04-02T05:00:00+00:00",
        "title": {"en": "Myanmar: IOM delivers emergency aid after deadly earthquake"},
        "slug": {"en": "myanmar-iom-delivers-emergency-aid-after-deadly-earthquake"},
        "summary": {"en": ""},
        "dateline_place": {"en": "Yangon"},
        "body": {
            "en": (
                "<p>IOM teams in Myanmar are delivering emergency shelter materials, "
                "hygiene kits and clean water to communities affected by the powerful "
                "earthquake that struck central Myanmar on 28 March, causing "
                "widespread destruction in the Mandalay and Sagaing regions.</p>"
                "<p>Thousands of families are sleeping in the open for fear of "
                "aftershocks, while hospitals, roads and water systems have been badly "
                "damaged. Many of the affected communities were already hosting people "
                "displaced by conflict.</p>"
                "<p>IOM is working with local partners to reach the hardest-hit areas "
                "and calls for unimpeded humanitarian access to all people in need.</p>"
            ),
        },
    },
    {
        "key": "iraq-sinjar-returns",
        "kind": "press_release",
        "region": "mena",
        "countries": ["IQ"],
        "themes": ["return-and-reintegration"],
        "original_language": "ar",
        "state": "published",
        "published": "2025-05-22T09:00:00+00:00",
        "title": {
            "ar": "العراق: المنظمة الدولية للهجرة تدعم عودة الأسر النازحة إلى سنجار",
        },
        "slug": {"ar": "العراق-دعم-عودة-الأسر-النازحة-إلى-سنجار"},
        "summary": {"ar": ""},
        "dateline_place": {"ar": "دهوك"},
        "body": {
            "ar": (
                "<p>أطلقت المنظمة الدولية للهجرة، بالشراكة مع حكومة العراق، برنامجاً "
                "جديداً لدعم الأسر النازحة الراغبة في العودة طوعاً من المخيمات في "
                "إقليم كردستان العراق إلى مناطقها الأصلية في قضاء سنجار.</p>"
                "<p>ويقدم البرنامج منحاً نقدية للعودة، ويسهم في إعادة تأهيل المنازل "
                "المتضررة وشبكات المياه والمدارس والمراكز الصحية، إلى جانب دعم سبل "
                "العيش من خلال التدريب المهني والمنح الصغيرة للمشاريع الزراعية "
                "والتجارية.</p>"
                "<p>وقال رئيس بعثة المنظمة في العراق: «العودة المستدامة لا تعني مجرد "
                "الانتقال من المخيم إلى القرية، بل تعني أن تجد الأسر الخدمات والأمان "
                "وفرص العمل التي تمكنها من إعادة بناء حياتها».</p>"
                "<p>ومن المتوقع أن يستفيد من المرحلة الأولى من البرنامج نحو ثلاثة آلاف "
                "أسرة خلال الأشهر الاثني عشر المقبلة.</p>"
            ),
        },
    },
    {
        "key": "nepal-pre-departure-orientation",
        "kind": "press_release",
        "region": "asia_pacific",
        "countries": ["NP", "QA", "AE", "MY"],
        "themes": ["labour-migration"],
        "original_language": "en",
        "state": "published",
        "published": "2025-07-15T06:15:00+00:00",
        "title": {
            "en": (
                "Nepal: new pre-departure orientation helps migrant workers know their "
                "rights"
            ),
        },
        "slug": {
            "en": (
                "nepal-new-pre-departure-orientation-helps-migrant-workers-know-their-rights"
            ),
        },
        "summary": {
            "en": (
                "An updated curriculum covers employment contracts, sending money home "
                "safely and where to find help abroad."
            ),
        },
        "dateline_place": {"en": "Kathmandu"},
        "body": {
            "en": (
                "<p>Nepali workers leaving for jobs in the Gulf States and Malaysia "
                "will now receive an updated pre-departure orientation, developed by "
                "the Government of Nepal with IOM support, covering their rights, "
                "their employment contracts and where to turn for help abroad.</p>"
                "<p>The new curriculum, delivered in Nepali and several local "
                "languages, includes practical sessions on:</p>"
                "<ul>"
                "<li>reading and checking an employment contract;</li>"
                "<li>sending money home safely and at low cost;</li>"
                "<li>recognizing the signs of forced labour and trafficking;</li>"
                "<li>contacting Nepali embassies and labour attachés in countries of "
                "destination.</li></ul>"
                "<p>Remittances from Nepalis working abroad account for around a "
                "quarter of the country’s gross domestic product.</p>"
            ),
        },
    },
    {
        "key": "thailand-trafficking-at-sea",
        "kind": "press_release",
        "region": "asia_pacific",
        "countries": ["TH", "MM", "KH"],
        "themes": ["counter-trafficking", "labour-migration"],
        "original_language": "en",
        "state": "published",
        "published": "2025-07-30T04:00:00+00:00",
        "title": {
            "en": (
                "World Day against Trafficking in Persons: IOM calls for stronger "
                "protection of workers at sea"
            ),
        },
        "slug": {
            "en": (
                "world-day-against-trafficking-iom-calls-for-stronger-protection-of-workers-at-sea"
            ),
        },
        "summary": {"en": ""},
        "dateline_place": {"en": "Bangkok"},
        "body": {
            "en": (
                "<p>On the World Day against Trafficking in Persons, IOM is calling "
                "for stronger protection of migrant workers in the fishing and seafood "
                "processing industries of South-East Asia, where recruitment debt, "
                "confiscated documents and isolation at sea continue to expose workers "
                "to forced labour.</p>"
                "<p>Over the past year, IOM has supported more than 600 survivors of "
                "trafficking from the fishing sector in the region with shelter, "
                "medical care, legal assistance and safe return home.</p>"
                "<p>“Trafficking at sea thrives where workers are invisible,” said the "
                "IOM Chief of Mission in Thailand. “Port inspections, access to "
                "communication on board and fair recruitment are the tools that bring "
                "them back into view.”</p>"
            ),
        },
    },
    {
        "key": "guatemala-returnee-reception",
        "kind": "news",
        "region": "americas",
        "countries": ["GT", "US", "MX"],
        "themes": ["return-and-reintegration"],
        "original_language": "es",
        "state": "published",
        "published": "2025-08-26T18:00:00+00:00",
        "title": {"es": "Guatemala: la OIM refuerza la atención a personas retornadas"},
        "slug": {"es": "guatemala-la-oim-refuerza-la-atencion-a-personas-retornadas"},
        "summary": {"es": ""},
        "dateline_place": {"es": "Ciudad de Guatemala"},
        "body": {
            "es": (
                "<p>Con el apoyo de la OIM, el Instituto Guatemalteco de Migración "
                "amplió los servicios del centro de recepción de personas retornadas "
                "por vía aérea, por el que pasan cada semana cientos de guatemaltecos "
                "y guatemaltecas procedentes de Estados Unidos y México.</p>"
                "<p>Las personas retornadas reciben ahora una evaluación de sus "
                "necesidades, atención médica y psicosocial, una llamada gratuita a "
                "sus familias y transporte hacia sus comunidades de origen. Quienes lo "
                "desean son referidos a programas de empleo y formación técnica en sus "
                "departamentos.</p>"
                "<p>«El retorno es un momento de gran vulnerabilidad. Recibir a las "
                "personas con dignidad y acompañarlas en sus primeros pasos es "
                "fundamental para que puedan reconstruir su proyecto de vida», explicó "
                "el jefe de misión de la OIM en Guatemala.</p>"
            ),
        },
    },
    {
        "key": "syria-returns",
        "kind": "news",
        "region": "mena",
        "countries": ["SY", "LB", "JO", "TR"],
        "themes": ["return-and-reintegration"],
        "original_language": "en",
        "state": "published",
        "published": "2025-09-23T11:00:00+00:00",
        "title": {"en": "Syria: IOM scales up support as displaced people return home"},
        "slug": {"en": "syria-iom-scales-up-support-as-displaced-people-return-home"},
        "summary": {"en": ""},
        "dateline_place": {"en": "Damascus"},
        "body": {
            "en": (
                "<p>IOM is scaling up its assistance in Syria as growing numbers of "
                "internally displaced people and refugees from neighbouring countries "
                "return to their areas of origin, many of them to damaged homes and "
                "communities without basic services.</p>"
                "<p>Surveys of return intentions conducted by IOM show that access to "
                "housing, work and civil documentation weighs most heavily in "
                "families’ decisions to return, and to stay.</p>"
                "<p>IOM teams are rehabilitating homes, water networks and health "
                "facilities in areas of return, and are supporting returnees with cash "
                "assistance and help in replacing lost identity and property "
                "documents.</p>"
            ),
        },
    },
    {
        "key": "ethiopia-returnee-reintegration",
        "kind": "press_release",
        "region": "africa",
        "countries": ["ET", "SA"],
        "themes": ["return-and-reintegration", "migrant-protection"],
        "original_language": "en",
        "state": "published",
        "published": "2025-10-28T08:30:00+00:00",
        "title": {"en": "Ethiopia: IOM helps returning migrants rebuild their lives"},
        "slug": {"en": "ethiopia-iom-helps-returning-migrants-rebuild-their-lives"},
        "summary": {"en": ""},
        "dateline_place": {"en": "Addis Ababa"},
        "body": {
            "en": (
                "<p>IOM is helping thousands of Ethiopian migrants who have returned "
                "from Saudi Arabia this year to rebuild their lives at home, through a "
                "reintegration programme implemented with the Ministry of Labour and "
                "Skills.</p>"
                "<p>On arrival at Addis Ababa’s Bole International Airport, returnees "
                "receive medical screening, food, temporary accommodation and "
                "transport to their home regions. Those who need it are referred for "
                "psychosocial support, as many spent months in detention before their "
                "return.</p>"
                "<p>In their communities, returnees can choose between vocational "
                "training, support to start a small business or job placement. IOM "
                "also works with local authorities so that the communities receiving "
                "returnees benefit too.</p>"
            ),
        },
    },
    {
        "key": "mozambique-cyclone",
        "kind": "news",
        "region": "africa",
        "countries": ["MZ"],
        "themes": ["emergencies", "climate-and-migration"],
        "original_language": "en",
        "state": "published",
        "published": "2026-01-27T09:45:00+00:00",
        "title": {
            "en": (
                "Mozambique: IOM responds as tropical cyclone displaces thousands in "
                "the north"
            ),
        },
        "slug": {
            "en": (
                "mozambique-iom-responds-as-tropical-cyclone-displaces-thousands-in-the-north"
            ),
        },
        "summary": {"en": ""},
        "dateline_place": {"en": "Maputo"},
        "body": {
            "en": (
                "<p>A tropical cyclone that made landfall in northern Mozambique over "
                "the weekend has destroyed or damaged thousands of homes in Nampula "
                "and Cabo Delgado provinces, according to initial assessments by IOM "
                "and the National Institute for Disaster Risk Management and Reduction "
                "(INGD).</p>"
                "<p>Many of the affected families had already been displaced by "
                "conflict in Cabo Delgado and were living in makeshift shelters that "
                "offered little protection from the wind and rain.</p>"
                "<p>IOM had pre-positioned shelter kits in the region and is deploying "
                "teams to accommodation centres to register displaced people and "
                "identify urgent needs, including for water, sanitation and "
                "protection.</p>"
            ),
        },
    },
    {
        "key": "south-sudan-cholera",
        "kind": "news",
        "region": "africa",
        "countries": ["SS", "SD"],
        "themes": ["migration-health", "emergencies"],
        "original_language": "en",
        "state": "published",
        "published": "2026-03-11T10:00:00+00:00",
        "title": {
            "en": (
                "South Sudan: IOM steps up cholera prevention at border transit points"
            ),
        },
        "slug": {
            "en": (
                "south-sudan-iom-steps-up-cholera-prevention-at-border-transit-points"
            ),
        },
        "summary": {"en": ""},
        "dateline_place": {"en": "Juba"},
        "body": {
            "en": (
                "<p>IOM is stepping up cholera prevention and response at border "
                "crossings and transit centres in South Sudan, where thousands of "
                "people fleeing the conflict in Sudan continue to arrive every "
                "week.</p>"
                "<p>At the Joda border crossing and the transit centre in Renk, IOM "
                "health teams are screening new arrivals, administering oral cholera "
                "vaccines and treating cases of acute watery diarrhoea. IOM is also "
                "trucking in safe water, building latrines and distributing hygiene "
                "kits.</p>"
                "<p>Overcrowding in transit sites increases the risk of outbreaks. IOM "
                "is supporting onward transport so that new arrivals can move quickly "
                "to their intended destinations or to less congested locations.</p>"
            ),
        },
    },
    {
        "key": "central-america-dry-corridor",
        "kind": "press_release",
        "region": "americas",
        "countries": ["GT", "HN", "SV", "NI"],
        "themes": ["climate-and-migration"],
        "original_language": "es",
        "state": "published",
        "published": "2026-04-22T15:00:00+00:00",
        "title": {
            "es": (
                "Sequía en el Corredor Seco: un estudio de la OIM vincula la pérdida "
                "de cosechas con la migración"
            ),
            "en": (
                "Drought in the Dry Corridor: IOM study links crop losses to migration"
            ),
        },
        "slug": {
            "es": (
                "sequia-en-el-corredor-seco-estudio-de-la-oim-sobre-cosechas-y-migracion"
            ),
            "en": (
                "drought-in-the-dry-corridor-iom-study-links-crop-losses-to-migration"
            ),
        },
        "summary": {"es": "", "en": ""},
        "dateline_place": {"es": "San José", "en": "San José"},
        "body": {
            "es": (
                "<p>Un nuevo estudio de la OIM realizado en 40 municipios del Corredor "
                "Seco centroamericano concluye que las familias que perdieron más de "
                "la mitad de sus cosechas en los últimos tres años tienen el doble de "
                "probabilidades de que uno de sus miembros migre, dentro o fuera del "
                "país.</p>"
                "<p>El informe, basado en encuestas a más de 3.000 hogares de "
                "Guatemala, Honduras, El Salvador y Nicaragua, muestra que la "
                "migración se ha convertido en una estrategia de supervivencia frente "
                "a sequías cada vez más largas y lluvias irregulares.</p>"
                "<p>La OIM recomienda integrar la movilidad humana en los planes "
                "nacionales de adaptación al cambio climático, fortalecer los sistemas "
                "de alerta temprana y apoyar medios de vida resilientes, como el riego "
                "a pequeña escala y la diversificación de cultivos.</p>"
            ),
            "en": (
                "<p>A new IOM study carried out in 40 municipalities of Central "
                "America’s Dry Corridor finds that families who lost more than half of "
                "their harvests over the past three years are twice as likely to have "
                "a member migrate, within or outside the country.</p>"
                "<p>The report, based on surveys of more than 3,000 households in "
                "Guatemala, Honduras, El Salvador and Nicaragua, shows that migration "
                "has become a survival strategy in the face of ever-longer droughts "
                "and erratic rainfall.</p>"
                "<p>IOM recommends integrating human mobility into national climate "
                "change adaptation plans, strengthening early warning systems and "
                "supporting resilient livelihoods such as small-scale irrigation and "
                "crop diversification.</p>"
            ),
        },
    },
    {
        "key": "lampedusa-shipwreck-statement",
        "kind": "statement",
        "region": "europe",
        "countries": ["IT"],
        "themes": ["migrant-protection"],
        "original_language": "en",
        "state": "published",
        "published": "2026-06-09T19:00:00+00:00",
        "title": {"en": "IOM statement on the shipwreck off Lampedusa"},
        "slug": {"en": "iom-statement-on-the-shipwreck-off-lampedusa"},
        "summary": {"en": ""},
        "dateline_place": {"en": "Rome"},
        "body": {
            "en": (
                "<p>IOM is deeply saddened by the shipwreck off the coast of "
                "Lampedusa, in which at least 40 people are reported to have lost "
                "their lives and several others remain missing. Our thoughts are with "
                "the survivors and with the families of those who died.</p>"
                "<p>IOM staff on Lampedusa are working alongside the Italian "
                "authorities to support the survivors, providing information, "
                "psychosocial support and help in contacting their relatives.</p>"
                "<p>This tragedy is another reminder that saving lives at sea is a "
                "legal and moral obligation. IOM calls for a coordinated, State-led "
                "search and rescue mechanism in the Mediterranean and for more safe "
                "and regular pathways for people who are forced to move.</p>"
            ),
        },
    },
    {
        "key": "pakistan-floods-shelter",
        "kind": "press_release",
        "region": "asia_pacific",
        "countries": ["PK"],
        "themes": ["climate-and-migration", "emergencies"],
        "original_language": "en",
        "state": "published",
        "published": "2026-08-26T07:00:00+00:00",
        "title": {
            "en": "Pakistan: IOM helps flood-affected communities build back safer",
        },
        "slug": {
            "en": "pakistan-iom-helps-flood-affected-communities-build-back-safer",
        },
        "summary": {"en": ""},
        "dateline_place": {"en": "Islamabad"},
        "body": {
            "en": (
                "<p>As monsoon floods once again hit communities across Pakistan, IOM "
                "is helping families in Sindh and Khyber Pakhtunkhwa provinces rebuild "
                "homes that can withstand future disasters.</p>"
                "<p>Through its shelter programme, IOM provides cash, materials and "
                "technical advice to families rebuilding on raised plinths, with "
                "stronger foundations and roofs, using local materials and techniques. "
                "Community masons are trained so that safer building practices stay in "
                "the villages.</p>"
                "<p>“Floods will keep coming, but they do not have to keep destroying "
                "the same homes,” said the IOM Chief of Mission in Pakistan.</p>"
            ),
        },
    },
    {
        "key": "migrant-health-report-advisory",
        "kind": "media_advisory",
        "region": "global",
        "countries": [],
        "themes": ["migration-health"],
        "original_language": "en",
        "state": "published",
        "published": "2026-11-20T13:00:00+00:00",
        "title": {
            "en": (
                "Media advisory: launch of IOM global report on migrant health, 1 "
                "December"
            ),
        },
        "slug": {"en": "media-advisory-launch-of-iom-global-report-on-migrant-health"},
        "summary": {
            "en": (
                "IOM will present a new global report on the health of migrants and "
                "displaced people at the Palais des Nations on 1 December."
            ),
        },
        "dateline_place": {"en": "Geneva"},
        "body": {
            "en": (
                "<p>IOM will present a new global report on the health of migrants and "
                "displaced people at a press conference at the Palais des Nations in "
                "Geneva.</p>"
                "<p><strong>When:</strong> Tuesday 1 December 2026, 10:30 CET"
                "<br><strong>Where:</strong> Press Room III, Palais des Nations, "
                "Geneva, and online</p>"
                "<p>The report examines access to health care for migrants in more "
                "than 100 countries, including people in an irregular situation, and "
                "sets out recommendations for health systems that leave no one "
                "behind.</p>"
                "<p>Journalists wishing to attend in person or online should register "
                "with the IOM Media and Communications Division at "
                '<a href="mailto:media@iom.int">media@iom.int</a>. The report is under '
                "embargo until 1 December 2026 at 10:30 CET.</p>"
            ),
        },
    },
    {
        "key": "tunisia-resource-centre",
        "kind": "news",
        "region": "",
        "countries": ["TN"],
        "themes": ["migrant-protection"],
        "original_language": "en",
        "state": "draft",
        "title": {"en": "Tunisia: migrant resource centre opens in Sfax"},
        "slug": {"en": "tunisia-migrant-resource-centre-opens-in-sfax"},
        "summary": {"en": ""},
        "dateline_place": {"en": "Sfax"},
        "body": {
            "en": (
                "<p>A new migrant resource centre opened in Sfax today, offering "
                "migrants information on their rights, referrals for medical and "
                "psychosocial care, and counselling on voluntary return for those who "
                "wish to go home.</p>"
                "<p>The centre is run by IOM with local civil society partners and "
                "will also offer legal orientation and family tracing services.</p>"
                "<p>[Figures and a quote from the Chief of Mission to be confirmed "
                "before publication.]</p>"
            ),
        },
    },
    {
        "key": "afghanistan-winter-returnees",
        "kind": "press_release",
        "region": "asia_pacific",
        "countries": ["AF", "IR"],
        "themes": ["return-and-reintegration", "emergencies"],
        "original_language": "en",
        "state": "in_review",
        "title": {
            "en": (
                "Afghanistan: IOM prepares winter support for returnees at Islam Qala"
            ),
        },
        "slug": {
            "en": "afghanistan-iom-prepares-winter-support-for-returnees-at-islam-qala",
        },
        "summary": {"en": ""},
        "dateline_place": {"en": "Herat"},
        "body": {
            "en": (
                "<p>IOM is preparing winter assistance for returnees arriving from the "
                "Islamic Republic of Iran at the Islam Qala border crossing in Herat "
                "province, where thousands of people continue to arrive every day.</p>"
                "<p>The winter package includes blankets, warm clothing, heating fuel "
                "and cash for the most vulnerable families, as well as heated "
                "reception tents at the border.</p>"
                "<p>IOM is seeking additional funding to extend this support to the "
                "provinces where returnees settle.</p>"
            ),
        },
    },
    {
        "key": "sahel-climate-mobility-study",
        "kind": "press_release",
        "region": "africa",
        "countries": ["BF", "TD", "ML", "MR", "NE", "SN"],
        "themes": ["climate-and-migration"],
        "original_language": "en",
        "state": "embargoed",
        "in_days": 3,
        "title": {
            "en": "New IOM study maps climate-driven mobility across the Sahel",
            "fr": (
                "Une nouvelle étude de l’OIM cartographie la mobilité liée au climat "
                "au Sahel"
            ),
        },
        "slug": {
            "en": "new-iom-study-maps-climate-driven-mobility-across-the-sahel",
            "fr": (
                "une-nouvelle-etude-de-loim-cartographie-la-mobilite-liee-au-climat-au-sahel"
            ),
        },
        "summary": {
            "en": (
                "The study maps, district by district, how droughts, floods and heat "
                "shape human mobility in six Sahel countries."
            ),
            "fr": (
                "L’étude cartographie, district par district, l’influence des "
                "sécheresses, des inondations et de la chaleur sur la mobilité humaine "
                "dans six pays du Sahel."
            ),
        },
        "dateline_place": {"en": "Dakar", "fr": "Dakar"},
        "body": {
            "en": (
                "<p>A new IOM study published today maps, for the first time at "
                "district level, how droughts, floods and rising temperatures are "
                "shaping human mobility across six Sahel countries: Burkina Faso, "
                "Chad, Mali, Mauritania, Niger and Senegal.</p>"
                "<p>The study finds that most climate-related movement is "
                "short-distance and seasonal, within countries or towards neighbouring "
                "ones, and that migration often helps families cope with failed "
                "harvests rather than marking a permanent departure.</p>"
                "<p>It recommends that governments and their partners:</p>"
                "<ul>"
                "<li>include mobility in national adaptation plans and disaster risk "
                "reduction strategies;</li>"
                "<li>protect the transhumance corridors of pastoralist "
                "communities;</li>"
                "<li>invest in early warning systems and resilient livelihoods in the "
                "most exposed areas.</li></ul>"
            ),
            "fr": (
                "<p>Une nouvelle étude de l’OIM publiée aujourd’hui cartographie, pour "
                "la première fois à l’échelle des districts, la manière dont les "
                "sécheresses, les inondations et la hausse des températures façonnent "
                "la mobilité humaine dans six pays du Sahel : le Burkina Faso, le "
                "Mali, la Mauritanie, le Niger, le Sénégal et le Tchad.</p>"
                "<p>L’étude montre que la plupart des déplacements liés au climat se "
                "font sur de courtes distances et de façon saisonnière, à l’intérieur "
                "des pays ou vers les pays voisins, et que la migration aide souvent "
                "les familles à faire face aux mauvaises récoltes plutôt qu’elle ne "
                "marque un départ définitif.</p>"
                "<p>Elle recommande aux gouvernements et à leurs partenaires :</p>"
                "<ul>"
                "<li>d’intégrer la mobilité dans les plans nationaux d’adaptation et "
                "les stratégies de réduction des risques de catastrophe ;</li>"
                "<li>de protéger les couloirs de transhumance des communautés "
                "pastorales ;</li>"
                "<li>d’investir dans les systèmes d’alerte précoce et dans des moyens "
                "de subsistance résilients dans les zones les plus exposées.</li></ul>"
            ),
        },
    },
    {
        # Sent out twice by mistake, then taken down: its address answers 410.
        "key": "guatemala-returnees-published-in-error",
        "kind": "news",
        "region": "americas",
        "countries": ["GT"],
        "themes": [],
        "original_language": "es",
        "state": "unpublished",
        "published": "2025-03-03T15:00:00+00:00",
        "unpublished": "2025-03-03T15:20:00+00:00",
        "unpublish_explanation": (
            "A draft for internal review, published by mistake: not for readers."
        ),
        "title": {"es": "BORRADOR — Guatemala: retornados (no publicar)"},
        "slug": {"es": "borrador-guatemala-retornados-no-publicar"},
        "summary": {"es": ""},
        "dateline_place": {"es": "Ciudad de Guatemala"},
        "body": {"es": "<p>Borrador interno: cifras por confirmar.</p>"},
    },
    {
        "key": "sudan-darfur-displacement-withdrawn",
        "kind": "press_release",
        "region": "mena",
        "countries": ["SD"],
        "themes": ["emergencies"],
        "original_language": "en",
        "state": "withdrawn",
        "published": "2025-02-07T08:00:00+00:00",
        "withdrawn": "2025-02-14T11:00:00+00:00",
        "withdrawal_note": {
            "en": (
                "This release contained incorrect displacement figures and has been "
                "replaced by the briefing note of 14 February 2025, “Sudan: IOM "
                "revises displacement figures as teams reach Darfur”."
            ),
        },
        "title": {
            "en": (
                "Sudan: more than 1.2 million people displaced in Darfur in one month"
            ),
        },
        "slug": {
            "en": "sudan-more-than-12-million-people-displaced-in-darfur-in-one-month",
        },
        "summary": {"en": ""},
        "dateline_place": {"en": "Port Sudan"},
        "body": {
            "en": (
                "<p>More than 1.2 million people have been displaced within the five "
                "Darfur states in the past month, according to preliminary estimates "
                "from IOM’s Displacement Tracking Matrix (DTM).</p>"
                "<p>Most of the newly displaced have sought shelter in overcrowded "
                "camps and host communities with limited access to clean water, food "
                "and health care. IOM is scaling up its response with emergency "
                "shelter, water and sanitation, and mobile health services.</p>"
                "<p>IOM calls on all parties to allow safe and unhindered humanitarian "
                "access and to protect civilians.</p>"
            ),
        },
    },
]
