import { city, district, town, village, type Region } from './geography';

/** Western oblasts: raions after the 2020 reform (2024 renamings applied) and real settlements. */
export const WESTERN_REGIONS: readonly Region[] = [
  {
    code: 'UA-07',
    nameUk: 'Волинська область',
    nameEn: 'Volyn Oblast',
    centre: { nameUk: 'Луцьк', nameEn: 'Lutsk', lat: 50.7472, lng: 25.3254 },
    weight: 1030,
    districts: [
      district('Луцький район', 'Lutsk Raion', [
        city('Луцьк', 'Lutsk'), city('Ківерці', 'Kivertsi'), city('Рожище', 'Rozhyshche'),
        city('Берестечко', 'Berestechko'), town('Торчин', 'Torchyn'), town('Колки', 'Kolky'),
      ]),
      district('Ковельський район', 'Kovel Raion', [
        city('Ковель', 'Kovel'), city('Любомль', 'Liuboml'), town('Шацьк', 'Shatsk'), town('Ратне', 'Ratne'),
        town('Турійськ', 'Turiisk'),
      ]),
      district('Володимирський район', 'Volodymyr Raion', [
        city('Володимир', 'Volodymyr'), city('Нововолинськ', 'Novovolynsk'), city('Устилуг', 'Ustyluh'),
        town('Іваничі', 'Ivanychi'), town('Локачі', 'Lokachi'),
      ]),
      district('Камінь-Каширський район', 'Kamin-Kashyrskyi Raion', [
        city('Камінь-Каширський', 'Kamin-Kashyrskyi'), town('Любешів', 'Liubeshiv'), town('Маневичі', 'Manevychi'),
      ]),
    ],
  },
  {
    code: 'UA-21',
    nameUk: 'Закарпатська область',
    nameEn: 'Zakarpattia Oblast',
    centre: { nameUk: 'Ужгород', nameEn: 'Uzhhorod', lat: 48.6208, lng: 22.2879 },
    weight: 1250,
    districts: [
      district('Ужгородський район', 'Uzhhorod Raion', [
        city('Ужгород', 'Uzhhorod'), city('Чоп', 'Chop'), city('Перечин', 'Perechyn'),
        town('Великий Березний', 'Velykyi Bereznyi'), town('Середнє', 'Serednie'),
      ]),
      district('Мукачівський район', 'Mukachevo Raion', [
        city('Мукачево', 'Mukachevo'), city('Свалява', 'Svaliava'), town('Воловець', 'Volovets'),
        town('Нижні Ворота', 'Nyzhni Vorota'), town('Чинадієво', 'Chynadiievo'),
      ]),
      district('Берегівський район', 'Berehove Raion', [
        city('Берегове', 'Berehove'), city('Виноградів', 'Vynohradiv'), town('Батьово', 'Batovo'),
      ]),
      district('Хустський район', 'Khust Raion', [
        city('Хуст', 'Khust'), city('Іршава', 'Irshava'), town('Міжгір’я', 'Mizhhiria'), town('Вишково', 'Vyshkovo'),
      ]),
      district('Тячівський район', 'Tiachiv Raion', [
        city('Тячів', 'Tiachiv'), town('Буштино', 'Bushtyno'), town('Дубове', 'Dubove'), town('Солотвино', 'Solotvyno'),
      ]),
      district('Рахівський район', 'Rakhiv Raion', [
        city('Рахів', 'Rakhiv'), town('Ясіня', 'Yasinia'), town('Великий Бичків', 'Velykyi Bychkiv'),
      ]),
    ],
  },
  {
    code: 'UA-26',
    nameUk: 'Івано-Франківська область',
    nameEn: 'Ivano-Frankivsk Oblast',
    centre: { nameUk: 'Івано-Франківськ', nameEn: 'Ivano-Frankivsk', lat: 48.9226, lng: 24.7111 },
    weight: 1360,
    districts: [
      district('Івано-Франківський район', 'Ivano-Frankivsk Raion', [
        city('Івано-Франківськ', 'Ivano-Frankivsk'), city('Галич', 'Halych'), city('Тисмениця', 'Tysmenytsia'),
        city('Рогатин', 'Rohatyn'), city('Бурштин', 'Burshtyn'), city('Тлумач', 'Tlumach'),
      ]),
      district('Калуський район', 'Kalush Raion', [
        city('Калуш', 'Kalush'), city('Долина', 'Dolyna'), city('Болехів', 'Bolekhiv'), town('Рожнятів', 'Rozhniativ'),
      ]),
      district('Коломийський район', 'Kolomyia Raion', [
        city('Коломия', 'Kolomyia'), city('Снятин', 'Sniatyn'), city('Городенка', 'Horodenka'), town('Гвіздець', 'Hvizdets'),
      ]),
      district('Надвірнянський район', 'Nadvirna Raion', [
        city('Надвірна', 'Nadvirna'), city('Яремче', 'Yaremche'), town('Ворохта', 'Vorokhta'), town('Делятин', 'Deliatyn'),
      ]),
      district('Косівський район', 'Kosiv Raion', [city('Косів', 'Kosiv'), town('Кути', 'Kuty'), town('Яблунів', 'Yabluniv')]),
      district('Верховинський район', 'Verkhovyna Raion', [
        town('Верховина', 'Verkhovyna'), village('Криворівня', 'Kryvorivnia'), village('Ільці', 'Iltsi'),
      ]),
    ],
  },
  {
    code: 'UA-46',
    nameUk: 'Львівська область',
    nameEn: 'Lviv Oblast',
    centre: { nameUk: 'Львів', nameEn: 'Lviv', lat: 49.8397, lng: 24.0297 },
    weight: 2500,
    districts: [
      district('Львівський район', 'Lviv Raion', [
        city('Львів', 'Lviv'), city('Винники', 'Vynnyky'), city('Пустомити', 'Pustomyty'), city('Городок', 'Horodok'),
        city('Жовква', 'Zhovkva'), city('Дубляни', 'Dubliany'), city('Перемишляни', 'Peremyshliany'),
        town('Брюховичі', 'Briukhovychi'),
      ]),
      district('Дрогобицький район', 'Drohobych Raion', [
        city('Дрогобич', 'Drohobych'), city('Борислав', 'Boryslav'), city('Трускавець', 'Truskavets'),
        town('Східниця', 'Skhidnytsia'),
      ]),
      district('Золочівський район', 'Zolochiv Raion', [
        city('Золочів', 'Zolochiv'), city('Броди', 'Brody'), city('Буськ', 'Busk'), city('Радехів', 'Radekhiv'),
      ]),
      district('Самбірський район', 'Sambir Raion', [
        city('Самбір', 'Sambir'), city('Старий Самбір', 'Staryi Sambir'), city('Турка', 'Turka'), city('Рудки', 'Rudky'),
      ]),
      district('Стрийський район', 'Stryi Raion', [
        city('Стрий', 'Stryi'), city('Моршин', 'Morshyn'), city('Сколе', 'Skole'), city('Жидачів', 'Zhydachiv'),
        city('Миколаїв', 'Mykolaiv'), city('Новий Розділ', 'Novyi Rozdil'),
      ]),
      district('Шептицький район', 'Sheptytskyi Raion', [
        city('Шептицький', 'Sheptytskyi'), city('Сокаль', 'Sokal'), city('Белз', 'Belz'), city('Соснівка', 'Sosnivka'),
        city('Великі Мости', 'Velyki Mosty'),
      ]),
      district('Яворівський район', 'Yavoriv Raion', [
        city('Яворів', 'Yavoriv'), city('Новояворівськ', 'Novoiavorivsk'), city('Мостиська', 'Mostyska'),
        city('Судова Вишня', 'Sudova Vyshnia'), town('Івано-Франкове', 'Ivano-Frankove'),
      ]),
    ],
  },
  {
    code: 'UA-56',
    nameUk: 'Рівненська область',
    nameEn: 'Rivne Oblast',
    centre: { nameUk: 'Рівне', nameEn: 'Rivne', lat: 50.6199, lng: 26.2516 },
    weight: 1150,
    districts: [
      district('Рівненський район', 'Rivne Raion', [
        city('Рівне', 'Rivne'), city('Здолбунів', 'Zdolbuniv'), city('Костопіль', 'Kostopil'), city('Корець', 'Korets'),
        city('Острог', 'Ostroh'), town('Гоща', 'Hoshcha'),
      ]),
      district('Дубенський район', 'Dubno Raion', [
        city('Дубно', 'Dubno'), city('Радивилів', 'Radyvyliv'), town('Демидівка', 'Demydivka'), town('Млинів', 'Mlyniv'),
      ]),
      district('Вараський район', 'Varash Raion', [
        city('Вараш', 'Varash'), town('Володимирець', 'Volodymyrets'), town('Зарічне', 'Zarichne'),
      ]),
      district('Сарненський район', 'Sarny Raion', [
        city('Сарни', 'Sarny'), city('Березне', 'Berezne'), city('Дубровиця', 'Dubrovytsia'), town('Рокитне', 'Rokytne'),
      ]),
    ],
  },
  {
    code: 'UA-61',
    nameUk: 'Тернопільська область',
    nameEn: 'Ternopil Oblast',
    centre: { nameUk: 'Тернопіль', nameEn: 'Ternopil', lat: 49.5535, lng: 25.5948 },
    weight: 1030,
    districts: [
      district('Тернопільський район', 'Ternopil Raion', [
        city('Тернопіль', 'Ternopil'), city('Зборів', 'Zboriv'), city('Теребовля', 'Terebovlia'),
        city('Бережани', 'Berezhany'), city('Підгайці', 'Pidhaitsi'), town('Велика Березовиця', 'Velyka Berezovytsia'),
      ]),
      district('Кременецький район', 'Kremenets Raion', [
        city('Кременець', 'Kremenets'), city('Почаїв', 'Pochaiv'), city('Шумськ', 'Shumsk'), city('Ланівці', 'Lanivtsi'),
      ]),
      district('Чортківський район', 'Chortkiv Raion', [
        city('Чортків', 'Chortkiv'), city('Бучач', 'Buchach'), city('Заліщики', 'Zalishchyky'), city('Борщів', 'Borshchiv'),
        city('Копичинці', 'Kopychyntsi'),
      ]),
    ],
  },
  {
    code: 'UA-68',
    nameUk: 'Хмельницька область',
    nameEn: 'Khmelnytskyi Oblast',
    centre: { nameUk: 'Хмельницький', nameEn: 'Khmelnytskyi', lat: 49.4229, lng: 26.9871 },
    weight: 1240,
    districts: [
      district('Хмельницький район', 'Khmelnytskyi Raion', [
        city('Хмельницький', 'Khmelnytskyi'), city('Старокостянтинів', 'Starokostiantyniv'), city('Красилів', 'Krasyliv'),
        city('Волочиськ', 'Volochysk'), city('Деражня', 'Derazhnia'), town('Летичів', 'Letychiv'),
      ]),
      district('Кам’янець-Подільський район', 'Kamianets-Podilskyi Raion', [
        city('Кам’янець-Подільський', 'Kamianets-Podilskyi'), city('Дунаївці', 'Dunaivtsi'), city('Городок', 'Horodok'),
        town('Чемерівці', 'Chemerivtsi'), town('Нова Ушиця', 'Nova Ushytsia'),
      ]),
      district('Шепетівський район', 'Shepetivka Raion', [
        city('Шепетівка', 'Shepetivka'), city('Нетішин', 'Netishyn'), city('Славута', 'Slavuta'), city('Ізяслав', 'Iziaslav'),
        city('Полонне', 'Polonne'),
      ]),
    ],
  },
  {
    code: 'UA-77',
    nameUk: 'Чернівецька область',
    nameEn: 'Chernivtsi Oblast',
    centre: { nameUk: 'Чернівці', nameEn: 'Chernivtsi', lat: 48.2921, lng: 25.9358 },
    weight: 900,
    districts: [
      district('Чернівецький район', 'Chernivtsi Raion', [
        city('Чернівці', 'Chernivtsi'), city('Сторожинець', 'Storozhynets'), city('Заставна', 'Zastavna'),
        city('Кіцмань', 'Kitsman'), city('Герца', 'Hertsa'), city('Новоселиця', 'Novoselytsia'),
      ]),
      district('Вижницький район', 'Vyzhnytsia Raion', [
        city('Вижниця', 'Vyzhnytsia'), city('Вашківці', 'Vashkivtsi'), town('Путила', 'Putyla'), town('Берегомет', 'Berehomet'),
      ]),
      district('Дністровський район', 'Dnistrovskyi Raion', [
        city('Хотин', 'Khotyn'), city('Новодністровськ', 'Novodnistrovsk'), city('Сокиряни', 'Sokyriany'),
        town('Кельменці', 'Kelmentsi'),
      ]),
    ],
  },
];
