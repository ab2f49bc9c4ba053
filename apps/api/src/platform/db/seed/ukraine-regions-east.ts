import { city, district, town, village, type Region } from './geography';

/** Southern and eastern oblasts. Donetsk and Luhansk list the raions still (or last) under Ukrainian control. */
export const EASTERN_REGIONS: readonly Region[] = [
  {
    code: 'UA-09',
    nameUk: 'Луганська область',
    nameEn: 'Luhansk Oblast',
    centre: { nameUk: 'Луганськ', nameEn: 'Luhansk', lat: 48.574, lng: 39.3078 },
    weight: 700,
    districts: [
      district('Сєвєродонецький район', 'Sievierodonetsk Raion', [
        city('Сєвєродонецьк', 'Sievierodonetsk'), city('Лисичанськ', 'Lysychansk'), city('Рубіжне', 'Rubizhne'),
        city('Кремінна', 'Kreminna'), city('Попасна', 'Popasna'),
      ]),
      district('Старобільський район', 'Starobilsk Raion', [
        city('Старобільськ', 'Starobilsk'), town('Біловодськ', 'Bilovodsk'), town('Мілове', 'Milove'),
        town('Новопсков', 'Novopskov'), town('Марківка', 'Markivka'),
      ]),
      district('Сватівський район', 'Svatove Raion', [
        city('Сватове', 'Svatove'), town('Троїцьке', 'Troitske'), town('Білокуракине', 'Bilokurakyne'),
      ]),
      district('Щастинський район', 'Shchastia Raion', [
        city('Щастя', 'Shchastia'), town('Станиця Луганська', 'Stanytsia Luhanska'), town('Новоайдар', 'Novoaidar'),
      ]),
    ],
  },
  {
    code: 'UA-12',
    nameUk: 'Дніпропетровська область',
    nameEn: 'Dnipropetrovsk Oblast',
    centre: { nameUk: 'Дніпро', nameEn: 'Dnipro', lat: 48.4647, lng: 35.0462 },
    weight: 3100,
    districts: [
      district('Дніпровський район', 'Dnipro Raion', [
        city('Дніпро', 'Dnipro'), city('Підгородне', 'Pidhorodne'), town('Слобожанське', 'Slobozhanske'),
        town('Петриківка', 'Petrykivka'), town('Солоне', 'Solone'), town('Обухівка', 'Obukhivka'),
      ]),
      district('Кам’янський район', 'Kamianske Raion', [
        city('Кам’янське', 'Kamianske'), city('Жовті Води', 'Zhovti Vody'), city('Верхньодніпровськ', 'Verkhnodniprovsk'),
        city('Вільногірськ', 'Vilnohirsk'), town('Царичанка', 'Tsarychanka'),
      ]),
      district('Криворізький район', 'Kryvyi Rih Raion', [
        city('Кривий Ріг', 'Kryvyi Rih'), city('Апостолове', 'Apostolove'), city('Зеленодольськ', 'Zelenodolsk'),
        town('Широке', 'Shyroke'), town('Софіївка', 'Sofiivka'),
      ]),
      district('Нікопольський район', 'Nikopol Raion', [
        city('Нікополь', 'Nikopol'), city('Марганець', 'Marhanets'), town('Томаківка', 'Tomakivka'),
        town('Червоногригорівка', 'Chervonohryhorivka'),
      ]),
      district('Самарівський район', 'Samar Raion', [
        city('Самар', 'Samar'), city('Перещепине', 'Pereshchepyne'), town('Магдалинівка', 'Mahdalynivka'),
        town('Губиниха', 'Hubynykha'),
      ]),
      district('Павлоградський район', 'Pavlohrad Raion', [
        city('Павлоград', 'Pavlohrad'), city('Тернівка', 'Ternivka'), town('Юр’ївка', 'Yurivka'),
      ]),
      district('Синельниківський район', 'Synelnykove Raion', [
        city('Синельникове', 'Synelnykove'), town('Васильківка', 'Vasylkivka'), town('Межова', 'Mezhova'),
        town('Покровське', 'Pokrovske'), town('Великомихайлівка', 'Velykomykhailivka'),
      ]),
    ],
  },
  {
    code: 'UA-14',
    nameUk: 'Донецька область',
    nameEn: 'Donetsk Oblast',
    centre: { nameUk: 'Донецьк', nameEn: 'Donetsk', lat: 48.0159, lng: 37.8028 },
    weight: 1500,
    districts: [
      district('Краматорський район', 'Kramatorsk Raion', [
        city('Краматорськ', 'Kramatorsk'), city('Слов’янськ', 'Sloviansk'), city('Дружківка', 'Druzhkivka'),
        city('Костянтинівка', 'Kostiantynivka'), city('Лиман', 'Lyman'), city('Святогірськ', 'Sviatohirsk'),
      ]),
      district('Покровський район', 'Pokrovsk Raion', [
        city('Покровськ', 'Pokrovsk'), city('Мирноград', 'Myrnohrad'), city('Добропілля', 'Dobropillia'),
        city('Селидове', 'Selydove'), city('Білозерське', 'Bilozerske'), city('Курахове', 'Kurakhove'),
      ]),
      district('Бахмутський район', 'Bakhmut Raion', [
        city('Бахмут', 'Bakhmut'), city('Часів Яр', 'Chasiv Yar'), city('Соледар', 'Soledar'), city('Сіверськ', 'Siversk'),
        city('Торецьк', 'Toretsk'),
      ]),
      district('Волноваський район', 'Volnovakha Raion', [
        city('Волноваха', 'Volnovakha'), city('Вугледар', 'Vuhledar'), town('Ольгинка', 'Olhynka'),
        town('Велика Новосілка', 'Velyka Novosilka'),
      ]),
      district('Маріупольський район', 'Mariupol Raion', [
        city('Маріуполь', 'Mariupol'), town('Мангуш', 'Manhush'), town('Сартана', 'Sartana'), town('Нікольське', 'Nikolske'),
      ]),
    ],
  },
  {
    code: 'UA-23',
    nameUk: 'Запорізька область',
    nameEn: 'Zaporizhzhia Oblast',
    centre: { nameUk: 'Запоріжжя', nameEn: 'Zaporizhzhia', lat: 47.8388, lng: 35.1396 },
    weight: 1670,
    districts: [
      district('Запорізький район', 'Zaporizhzhia Raion', [
        city('Запоріжжя', 'Zaporizhzhia'), town('Балабине', 'Balabyne'), town('Кушугум', 'Kushuhum'),
        town('Комишуваха', 'Komyshuvakha'), town('Новомиколаївка', 'Novomykolaivka'),
      ]),
      district('Бердянський район', 'Berdiansk Raion', [
        city('Бердянськ', 'Berdiansk'), city('Приморськ', 'Prymorsk'), town('Андріївка', 'Andriivka'),
      ]),
      district('Василівський район', 'Vasylivka Raion', [
        city('Василівка', 'Vasylivka'), city('Енергодар', 'Enerhodar'), city('Дніпрорудне', 'Dniprorudne'),
        city('Кам’янка-Дніпровська', 'Kamianka-Dniprovska'),
      ]),
      district('Мелітопольський район', 'Melitopol Raion', [
        city('Мелітополь', 'Melitopol'), city('Молочанськ', 'Molochansk'), town('Якимівка', 'Yakymivka'),
        town('Веселе', 'Vesele'), town('Приазовське', 'Pryazovske'),
      ]),
      district('Пологівський район', 'Polohy Raion', [
        city('Пологи', 'Polohy'), city('Оріхів', 'Orikhiv'), city('Гуляйполе', 'Huliaipole'), city('Токмак', 'Tokmak'),
      ]),
    ],
  },
  {
    code: 'UA-48',
    nameUk: 'Миколаївська область',
    nameEn: 'Mykolaiv Oblast',
    centre: { nameUk: 'Миколаїв', nameEn: 'Mykolaiv', lat: 46.975, lng: 31.9946 },
    weight: 1100,
    districts: [
      district('Миколаївський район', 'Mykolaiv Raion', [
        city('Миколаїв', 'Mykolaiv'), city('Очаків', 'Ochakiv'), city('Нова Одеса', 'Nova Odesa'),
        town('Березанка', 'Berezanka'), town('Воскресенське', 'Voskresenske'),
      ]),
      district('Баштанський район', 'Bashtanka Raion', [
        city('Баштанка', 'Bashtanka'), city('Снігурівка', 'Snihurivka'), city('Новий Буг', 'Novyi Buh'), town('Казанка', 'Kazanka'),
      ]),
      district('Вознесенський район', 'Voznesensk Raion', [
        city('Вознесенськ', 'Voznesensk'), city('Южноукраїнськ', 'Yuzhnoukrainsk'), town('Веселинове', 'Veselynove'),
        town('Доманівка', 'Domanivka'), town('Братське', 'Bratske'),
      ]),
      district('Первомайський район', 'Pervomaisk Raion', [
        city('Первомайськ', 'Pervomaisk'), town('Криве Озеро', 'Kryve Ozero'), town('Врадіївка', 'Vradiivka'),
        town('Арбузинка', 'Arbuzynka'),
      ]),
    ],
  },
  {
    code: 'UA-51',
    nameUk: 'Одеська область',
    nameEn: 'Odesa Oblast',
    centre: { nameUk: 'Одеса', nameEn: 'Odesa', lat: 46.4825, lng: 30.7233 },
    weight: 2370,
    districts: [
      district('Одеський район', 'Odesa Raion', [
        city('Одеса', 'Odesa'), city('Чорноморськ', 'Chornomorsk'), city('Біляївка', 'Biliaivka'), city('Теплодар', 'Teplodar'),
        town('Овідіополь', 'Ovidiopol'), town('Великодолинське', 'Velykodolynske'),
      ]),
      district('Березівський район', 'Berezivka Raion', [
        city('Березівка', 'Berezivka'), town('Ширяєве', 'Shyriaieve'), town('Іванівка', 'Ivanivka'), town('Миколаївка', 'Mykolaivka'),
      ]),
      district('Білгород-Дністровський район', 'Bilhorod-Dnistrovskyi Raion', [
        city('Білгород-Дністровський', 'Bilhorod-Dnistrovskyi'), city('Татарбунари', 'Tatarbunary'), town('Сарата', 'Sarata'),
        town('Затока', 'Zatoka'), village('Шабо', 'Shabo'),
      ]),
      district('Болградський район', 'Bolhrad Raion', [
        city('Болград', 'Bolhrad'), city('Арциз', 'Artsyz'), town('Тарутине', 'Tarutyne'),
      ]),
      district('Ізмаїльський район', 'Izmail Raion', [
        city('Ізмаїл', 'Izmail'), city('Кілія', 'Kiliia'), city('Рені', 'Reni'), city('Вилкове', 'Vylkove'),
      ]),
      district('Подільський район', 'Podilsk Raion', [
        city('Подільськ', 'Podilsk'), city('Балта', 'Balta'), city('Ананьїв', 'Ananiv'), city('Кодима', 'Kodyma'),
        town('Любашівка', 'Liubashivka'),
      ]),
      district('Роздільнянський район', 'Rozdilna Raion', [
        city('Роздільна', 'Rozdilna'), town('Велика Михайлівка', 'Velyka Mykhailivka'), town('Захарівка', 'Zakharivka'),
        town('Лиманське', 'Lymanske'),
      ]),
    ],
  },
  {
    code: 'UA-63',
    nameUk: 'Харківська область',
    nameEn: 'Kharkiv Oblast',
    centre: { nameUk: 'Харків', nameEn: 'Kharkiv', lat: 49.9935, lng: 36.2304 },
    weight: 2630,
    districts: [
      district('Харківський район', 'Kharkiv Raion', [
        city('Харків', 'Kharkiv'), city('Мерефа', 'Merefa'), city('Люботин', 'Liubotyn'), city('Дергачі', 'Derhachi'),
        city('Південне', 'Pivdenne'), town('Пісочин', 'Pisochyn'), town('Слатине', 'Slatyne'),
      ]),
      district('Богодухівський район', 'Bohodukhiv Raion', [
        city('Богодухів', 'Bohodukhiv'), city('Валки', 'Valky'), city('Золочів', 'Zolochiv'), city('Краснокутськ', 'Krasnokutsk'),
      ]),
      district('Ізюмський район', 'Izium Raion', [
        city('Ізюм', 'Izium'), city('Балаклія', 'Balakliia'), town('Борова', 'Borova'), town('Савинці', 'Savyntsi'),
      ]),
      district('Берестинський район', 'Berestyn Raion', [
        city('Берестин', 'Berestyn'), town('Кегичівка', 'Kehychivka'), town('Зачепилівка', 'Zachepylivka'),
        town('Сахновщина', 'Sakhnovshchyna'),
      ]),
      district('Куп’янський район', 'Kupiansk Raion', [
        city('Куп’янськ', 'Kupiansk'), town('Великий Бурлук', 'Velykyi Burluk'), town('Шевченкове', 'Shevchenkove'),
        town('Дворічна', 'Dvorichna'),
      ]),
      district('Лозівський район', 'Lozova Raion', [
        city('Лозова', 'Lozova'), city('Барвінкове', 'Barvinkove'), town('Близнюки', 'Blyzniuky'), town('Панютине', 'Paniutyne'),
      ]),
      district('Чугуївський район', 'Chuhuiv Raion', [
        city('Чугуїв', 'Chuhuiv'), city('Вовчанськ', 'Vovchansk'), town('Печеніги', 'Pechenihy'), town('Малинівка', 'Malynivka'),
      ]),
    ],
  },
  {
    code: 'UA-65',
    nameUk: 'Херсонська область',
    nameEn: 'Kherson Oblast',
    centre: { nameUk: 'Херсон', nameEn: 'Kherson', lat: 46.6354, lng: 32.6169 },
    weight: 1020,
    districts: [
      district('Херсонський район', 'Kherson Raion', [
        city('Херсон', 'Kherson'), town('Білозерка', 'Bilozerka'), town('Чорнобаївка', 'Chornobaivka'),
        village('Станіслав', 'Stanislav'),
      ]),
      district('Бериславський район', 'Beryslav Raion', [
        city('Берислав', 'Beryslav'), town('Велика Олександрівка', 'Velyka Oleksandrivka'),
        town('Високопілля', 'Vysokopillia'), town('Нововоронцовка', 'Novovorontsovka'),
      ]),
      district('Генічеський район', 'Henichesk Raion', [
        city('Генічеськ', 'Henichesk'), town('Новотроїцьке', 'Novotroitske'), town('Іванівка', 'Ivanivka'),
      ]),
      district('Каховський район', 'Kakhovka Raion', [
        city('Каховка', 'Kakhovka'), city('Нова Каховка', 'Nova Kakhovka'), city('Таврійськ', 'Tavriisk'),
        town('Чаплинка', 'Chaplynka'),
      ]),
      district('Скадовський район', 'Skadovsk Raion', [
        city('Скадовськ', 'Skadovsk'), city('Гола Пристань', 'Hola Prystan'), city('Олешки', 'Oleshky'), town('Лазурне', 'Lazurne'),
      ]),
    ],
  },
];
