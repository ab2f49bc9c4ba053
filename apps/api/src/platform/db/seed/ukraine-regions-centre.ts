import { city, district, quarter, town, village, type Region } from './geography';

/** Central and northern oblasts and Kyiv. UA-32 lists Bucha Raion first: the demo branch is its first branch. */
export const CENTRAL_REGIONS: readonly Region[] = [
  {
    code: 'UA-05',
    nameUk: 'Вінницька область',
    nameEn: 'Vinnytsia Oblast',
    centre: { nameUk: 'Вінниця', nameEn: 'Vinnytsia', lat: 49.2331, lng: 28.4682 },
    weight: 1530,
    districts: [
      district('Вінницький район', 'Vinnytsia Raion', [
        city('Вінниця', 'Vinnytsia'), city('Калинівка', 'Kalynivka'), city('Липовець', 'Lypovets'),
        city('Немирів', 'Nemyriv'), city('Іллінці', 'Illintsi'), town('Стрижавка', 'Stryzhavka'),
      ]),
      district('Гайсинський район', 'Haisyn Raion', [
        city('Гайсин', 'Haisyn'), city('Ладижин', 'Ladyzhyn'), city('Бершадь', 'Bershad'), town('Теплик', 'Teplyk'),
        town('Тростянець', 'Trostianets'),
      ]),
      district('Жмеринський район', 'Zhmerynka Raion', [
        city('Жмеринка', 'Zhmerynka'), city('Бар', 'Bar'), city('Шаргород', 'Sharhorod'), town('Браїлів', 'Brailiv'),
      ]),
      district('Могилів-Подільський район', 'Mohyliv-Podilskyi Raion', [
        city('Могилів-Подільський', 'Mohyliv-Podilskyi'), city('Ямпіль', 'Yampil'),
        town('Муровані Курилівці', 'Murovani Kurylivtsi'),
      ]),
      district('Тульчинський район', 'Tulchyn Raion', [
        city('Тульчин', 'Tulchyn'), town('Крижопіль', 'Kryzhopil'), town('Піщанка', 'Pishchanka'),
        town('Томашпіль', 'Tomashpil'),
      ]),
      district('Хмільницький район', 'Khmilnyk Raion', [
        city('Хмільник', 'Khmilnyk'), city('Козятин', 'Koziatyn'), town('Літин', 'Lityn'), town('Уланів', 'Ulaniv'),
      ]),
    ],
  },
  {
    code: 'UA-18',
    nameUk: 'Житомирська область',
    nameEn: 'Zhytomyr Oblast',
    centre: { nameUk: 'Житомир', nameEn: 'Zhytomyr', lat: 50.2547, lng: 28.6587 },
    weight: 1200,
    districts: [
      district('Житомирський район', 'Zhytomyr Raion', [
        city('Житомир', 'Zhytomyr'), city('Коростишів', 'Korostyshiv'), city('Радомишль', 'Radomyshl'),
        city('Андрушівка', 'Andrushivka'), town('Черняхів', 'Cherniakhiv'), town('Попільня', 'Popilnia'),
      ]),
      district('Бердичівський район', 'Berdychiv Raion', [
        city('Бердичів', 'Berdychiv'), city('Чуднів', 'Chudniv'), town('Ружин', 'Ruzhyn'),
      ]),
      district('Звягельський район', 'Zviahel Raion', [
        city('Звягель', 'Zviahel'), city('Баранівка', 'Baranivka'), town('Ємільчине', 'Yemilchyne'), town('Пулини', 'Pulyny'),
      ]),
      district('Коростенський район', 'Korosten Raion', [
        city('Коростень', 'Korosten'), city('Малин', 'Malyn'), city('Овруч', 'Ovruch'), city('Олевськ', 'Olevsk'),
        town('Лугини', 'Luhyny'), town('Народичі', 'Narodychi'),
      ]),
    ],
  },
  {
    code: 'UA-30',
    nameUk: 'м. Київ',
    nameEn: 'Kyiv City',
    centre: { nameUk: 'Київ', nameEn: 'Kyiv', lat: 50.4501, lng: 30.5234 },
    weight: 2950,
    districts: [
      district('Голосіївський район', 'Holosiivskyi District', [
        quarter('Голосіїв', 'Holosiiv'), quarter('Деміївка', 'Demiivka'), quarter('Теремки', 'Teremky'), quarter('Китаїв', 'Kytaiv'),
      ]),
      district('Дарницький район', 'Darnytskyi District', [
        quarter('Дарниця', 'Darnytsia'), quarter('Позняки', 'Pozniaky'), quarter('Осокорки', 'Osokorky'),
        quarter('Харківський масив', 'Kharkivskyi Masyv'), quarter('Бортничі', 'Bortnychi'),
      ]),
      district('Деснянський район', 'Desnianskyi District', [
        quarter('Троєщина', 'Troieshchyna'), quarter('Лісовий масив', 'Lisovyi Masyv'), quarter('Биківня', 'Bykivnia'),
        quarter('Вигурівщина', 'Vyhurivshchyna'),
      ]),
      district('Дніпровський район', 'Dniprovskyi District', [
        quarter('Русанівка', 'Rusanivka'), quarter('Березняки', 'Berezniaky'), quarter('Лівобережний масив', 'Livoberezhnyi Masyv'),
        quarter('Воскресенка', 'Voskresenka'), quarter('Соцмісто', 'Sotsmisto'),
      ]),
      district('Оболонський район', 'Obolonskyi District', [
        quarter('Оболонь', 'Obolon'), quarter('Пріорка', 'Priorka'), quarter('Вітряні Гори', 'Vitriani Hory'),
        quarter('Пуща-Водиця', 'Pushcha-Vodytsia'),
      ]),
      district('Печерський район', 'Pecherskyi District', [
        quarter('Печерськ', 'Pechersk'), quarter('Липки', 'Lypky'), quarter('Звіринець', 'Zvirynets'), quarter('Бессарабка', 'Bessarabka'),
      ]),
      district('Подільський район', 'Podilskyi District', [
        quarter('Поділ', 'Podil'), quarter('Куренівка', 'Kurenivka'), quarter('Виноградар', 'Vynohradar'),
        quarter('Мостицький масив', 'Mostytskyi Masyv'),
      ]),
      district('Святошинський район', 'Sviatoshynskyi District', [
        quarter('Святошин', 'Sviatoshyn'), quarter('Академмістечко', 'Akademmistechko'), quarter('Борщагівка', 'Borshchahivka'),
        quarter('Біличі', 'Bilychi'),
      ]),
      district('Солом’янський район', 'Solomianskyi District', [
        quarter('Солом’янка', 'Solomianka'), quarter('Відрадний', 'Vidradnyi'), quarter('Чоколівка', 'Chokolivka'),
        quarter('Жуляни', 'Zhuliany'),
      ]),
      district('Шевченківський район', 'Shevchenkivskyi District', [
        quarter('Лук’янівка', 'Lukianivka'), quarter('Шулявка', 'Shuliavka'), quarter('Татарка', 'Tatarka'),
        quarter('Сирець', 'Syrets'), quarter('Нивки', 'Nyvky'),
      ]),
    ],
  },
  {
    code: 'UA-32',
    nameUk: 'Київська область',
    nameEn: 'Kyiv Oblast',
    centre: { nameUk: 'Київ', nameEn: 'Kyiv', lat: 50.4501, lng: 30.5234 },
    weight: 1790,
    districts: [
      district('Бучанський район', 'Bucha Raion', [
        city('Буча', 'Bucha'), city('Ірпінь', 'Irpin'), town('Гостомель', 'Hostomel'), town('Бородянка', 'Borodianka'),
        town('Макарів', 'Makariv'), town('Немішаєве', 'Nemishaieve'),
        village('Петропавлівська Борщагівка', 'Petropavlivska Borshchahivka'),
        village('Софіївська Борщагівка', 'Sofiivska Borshchahivka'),
      ]),
      district('Бориспільський район', 'Boryspil Raion', [
        city('Бориспіль', 'Boryspil'), city('Переяслав', 'Pereiaslav'), city('Яготин', 'Yahotyn'), village('Гора', 'Hora'),
        village('Щасливе', 'Shchaslyve'),
      ]),
      district('Броварський район', 'Brovary Raion', [
        city('Бровари', 'Brovary'), city('Березань', 'Berezan'), town('Калинівка', 'Kalynivka'),
        town('Велика Димерка', 'Velyka Dymerka'), village('Княжичі', 'Kniazhychi'),
      ]),
      district('Вишгородський район', 'Vyshhorod Raion', [
        city('Вишгород', 'Vyshhorod'), city('Славутич', 'Slavutych'), town('Димер', 'Dymer'), town('Іванків', 'Ivankiv'),
        village('Лютіж', 'Liutizh'),
      ]),
      district('Обухівський район', 'Obukhiv Raion', [
        city('Обухів', 'Obukhiv'), city('Українка', 'Ukrainka'), city('Кагарлик', 'Kaharlyk'), city('Ржищів', 'Rzhyshchiv'),
        town('Козин', 'Kozyn'), village('Ходосівка', 'Khodosivka'),
      ]),
      district('Фастівський район', 'Fastiv Raion', [
        city('Фастів', 'Fastiv'), city('Боярка', 'Boiarka'), city('Васильків', 'Vasylkiv'), town('Глеваха', 'Hlevakha'),
        town('Кожанка', 'Kozhanka'), town('Чабани', 'Chabany'), village('Гатне', 'Hatne'),
      ]),
      district('Білоцерківський район', 'Bila Tserkva Raion', [
        city('Біла Церква', 'Bila Tserkva'), city('Сквира', 'Skvyra'), city('Узин', 'Uzyn'), city('Тетіїв', 'Tetiiv'),
        town('Рокитне', 'Rokytne'), town('Ставище', 'Stavyshche'),
      ]),
    ],
  },
  {
    code: 'UA-35',
    nameUk: 'Кіровоградська область',
    nameEn: 'Kirovohrad Oblast',
    centre: { nameUk: 'Кропивницький', nameEn: 'Kropyvnytskyi', lat: 48.5079, lng: 32.2623 },
    weight: 920,
    districts: [
      district('Кропивницький район', 'Kropyvnytskyi Raion', [
        city('Кропивницький', 'Kropyvnytskyi'), city('Знам’янка', 'Znamianka'), city('Бобринець', 'Bobrynets'),
        town('Компаніївка', 'Kompaniivka'), town('Устинівка', 'Ustynivka'),
      ]),
      district('Олександрійський район', 'Oleksandriia Raion', [
        city('Олександрія', 'Oleksandriia'), city('Світловодськ', 'Svitlovodsk'), town('Петрове', 'Petrove'),
        town('Онуфріївка', 'Onufriivka'),
      ]),
      district('Голованівський район', 'Holovanivsk Raion', [
        town('Голованівськ', 'Holovanivsk'), city('Гайворон', 'Haivoron'), city('Благовіщенське', 'Blahovishchenske'),
        town('Новоархангельськ', 'Novoarkhanhelsk'), town('Вільшанка', 'Vilshanka'),
      ]),
      district('Новоукраїнський район', 'Novoukrainka Raion', [
        city('Новоукраїнка', 'Novoukrainka'), city('Мала Виска', 'Mala Vyska'), city('Новомиргород', 'Novomyrhorod'),
        town('Добровеличківка', 'Dobrovelychkivka'),
      ]),
    ],
  },
  {
    code: 'UA-53',
    nameUk: 'Полтавська область',
    nameEn: 'Poltava Oblast',
    centre: { nameUk: 'Полтава', nameEn: 'Poltava', lat: 49.5883, lng: 34.5514 },
    weight: 1370,
    districts: [
      district('Полтавський район', 'Poltava Raion', [
        city('Полтава', 'Poltava'), city('Карлівка', 'Karlivka'), city('Кобеляки', 'Kobeliaky'), city('Решетилівка', 'Reshetylivka'),
        town('Диканька', 'Dykanka'), town('Машівка', 'Mashivka'),
      ]),
      district('Кременчуцький район', 'Kremenchuk Raion', [
        city('Кременчук', 'Kremenchuk'), city('Горішні Плавні', 'Horishni Plavni'), city('Глобине', 'Hlobyne'),
        town('Козельщина', 'Kozelshchyna'),
      ]),
      district('Лубенський район', 'Lubny Raion', [
        city('Лубни', 'Lubny'), city('Пирятин', 'Pyriatyn'), city('Хорол', 'Khorol'), city('Гребінка', 'Hrebinka'),
      ]),
      district('Миргородський район', 'Myrhorod Raion', [
        city('Миргород', 'Myrhorod'), city('Гадяч', 'Hadiach'), city('Лохвиця', 'Lokhvytsia'), city('Зіньків', 'Zinkiv'),
        village('Великі Сорочинці', 'Velyki Sorochyntsi'),
      ]),
    ],
  },
  {
    code: 'UA-59',
    nameUk: 'Сумська область',
    nameEn: 'Sumy Oblast',
    centre: { nameUk: 'Суми', nameEn: 'Sumy', lat: 50.9077, lng: 34.7981 },
    weight: 1050,
    districts: [
      district('Сумський район', 'Sumy Raion', [
        city('Суми', 'Sumy'), city('Лебедин', 'Lebedyn'), city('Білопілля', 'Bilopillia'), city('Ворожба', 'Vorozhba'),
        town('Краснопілля', 'Krasnopillia'),
      ]),
      district('Конотопський район', 'Konotop Raion', [
        city('Конотоп', 'Konotop'), city('Буринь', 'Buryn'), city('Путивль', 'Putyvl'), city('Кролевець', 'Krolevets'),
      ]),
      district('Охтирський район', 'Okhtyrka Raion', [
        city('Охтирка', 'Okhtyrka'), city('Тростянець', 'Trostianets'), town('Велика Писарівка', 'Velyka Pysarivka'),
      ]),
      district('Роменський район', 'Romny Raion', [
        city('Ромни', 'Romny'), town('Недригайлів', 'Nedryhailiv'), town('Липова Долина', 'Lypova Dolyna'),
      ]),
      district('Шосткинський район', 'Shostka Raion', [
        city('Шостка', 'Shostka'), city('Глухів', 'Hlukhiv'), city('Середина-Буда', 'Seredyna-Buda'),
      ]),
    ],
  },
  {
    code: 'UA-71',
    nameUk: 'Черкаська область',
    nameEn: 'Cherkasy Oblast',
    centre: { nameUk: 'Черкаси', nameEn: 'Cherkasy', lat: 49.4444, lng: 32.0598 },
    weight: 1180,
    districts: [
      district('Черкаський район', 'Cherkasy Raion', [
        city('Черкаси', 'Cherkasy'), city('Сміла', 'Smila'), city('Канів', 'Kaniv'), city('Кам’янка', 'Kamianka'),
        city('Городище', 'Horodyshche'), city('Чигирин', 'Chyhyryn'),
      ]),
      district('Звенигородський район', 'Zvenyhorodka Raion', [
        city('Звенигородка', 'Zvenyhorodka'), city('Шпола', 'Shpola'), city('Ватутіне', 'Vatutine'), city('Тальне', 'Talne'),
        city('Корсунь-Шевченківський', 'Korsun-Shevchenkivskyi'),
      ]),
      district('Золотоніський район', 'Zolotonosha Raion', [
        city('Золотоноша', 'Zolotonosha'), town('Чорнобай', 'Chornobai'), town('Драбів', 'Drabiv'),
      ]),
      district('Уманський район', 'Uman Raion', [
        city('Умань', 'Uman'), city('Христинівка', 'Khrystynivka'), city('Монастирище', 'Monastyryshche'),
        city('Жашків', 'Zhashkiv'),
      ]),
    ],
  },
  {
    code: 'UA-74',
    nameUk: 'Чернігівська область',
    nameEn: 'Chernihiv Oblast',
    centre: { nameUk: 'Чернігів', nameEn: 'Chernihiv', lat: 51.4982, lng: 31.2893 },
    weight: 980,
    districts: [
      district('Чернігівський район', 'Chernihiv Raion', [
        city('Чернігів', 'Chernihiv'), city('Городня', 'Horodnia'), city('Остер', 'Oster'), town('Козелець', 'Kozelets'),
        town('Седнів', 'Sedniv'), town('Гончарівське', 'Honcharivske'),
      ]),
      district('Корюківський район', 'Koriukivka Raion', [
        city('Корюківка', 'Koriukivka'), city('Мена', 'Mena'), city('Сновськ', 'Snovsk'), city('Семенівка', 'Semenivka'),
      ]),
      district('Ніжинський район', 'Nizhyn Raion', [
        city('Ніжин', 'Nizhyn'), city('Бахмач', 'Bakhmach'), city('Борзна', 'Borzna'), city('Носівка', 'Nosivka'),
        city('Бобровиця', 'Bobrovytsia'),
      ]),
      district('Новгород-Сіверський район', 'Novhorod-Siverskyi Raion', [
        city('Новгород-Сіверський', 'Novhorod-Siverskyi'), town('Короп', 'Korop'), town('Холми', 'Kholmy'),
      ]),
      district('Прилуцький район', 'Pryluky Raion', [
        city('Прилуки', 'Pryluky'), city('Ічня', 'Ichnia'), town('Варва', 'Varva'), town('Срібне', 'Sribne'),
        town('Талалаївка', 'Talalaivka'),
      ]),
    ],
  },
];
