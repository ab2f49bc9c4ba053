/**
 * Ukrainian first names with relative frequencies among today's adults (members are 18+,
 * so Soviet-era favourites lead and newer names trail), and the Latin names of diaspora
 * members.
 */
const tier = (weight: number, names: string): (readonly [string, number])[] =>
  names.split(/\s+/).filter(Boolean).map((name) => [name, weight] as const);

export const MALE_FIRST_NAMES: readonly (readonly [string, number])[] = [
  ['Олександр', 100], ['Сергій', 85], ['Володимир', 80], ['Андрій', 75], ['Іван', 70], ['Микола', 70],
  ['Віктор', 55], ['Василь', 55], ['Юрій', 55], ['Олег', 50], ['Дмитро', 50], ['Михайло', 50],
  ...tier(35, 'Петро Ігор Анатолій Віталій Роман Максим Олексій'),
  ...tier(25, 'Богдан Артем Євген Павло Валерій Ярослав Денис Григорій Руслан Тарас Вадим Владислав Антон'),
  ...tier(15, 'Степан Леонід Костянтин Геннадій В’ячеслав Назар Данило Ілля Федір Борис Валентин Станіслав'),
  ...tier(8, 'Кирило Микита Ростислав Святослав Мирослав Артур Остап Орест Тимофій Матвій Семен Едуард Марко Тимур'),
  ...tier(
    4,
    `Яків Лев Всеволод Зіновій Любомир Захар Аркадій Арсен Арсеній Олесь Йосип Давид Гліб Мирон
     Назарій Георгій Дем’ян Мар’ян Роберт Герман Омелян Панас Гнат Нестор Лук’ян Кузьма Лука Пилип
     Юліан Гаврило Ярема Іларіон`,
  ),
  ...tier(2, 'Хома Сава Устим Трохим Харитон Кіндрат Корній Богуслав Охрім'),
];

export const FEMALE_FIRST_NAMES: readonly (readonly [string, number])[] = [
  ['Олена', 100], ['Наталія', 90], ['Тетяна', 85], ['Ірина', 80], ['Ольга', 75], ['Світлана', 70],
  ['Оксана', 70], ['Марія', 60], ['Юлія', 55], ['Людмила', 55],
  ...tier(40, 'Галина Ганна Катерина Валентина Надія Вікторія Анастасія'),
  ...tier(25, 'Анна Лариса Любов Віра Інна Софія Алла Христина Аліна Дарина Ніна Яна Олександра'),
  ...tier(14, 'Мар’яна Лілія Діана Євгенія Тамара Іванна Кристина Ярослава Валерія Вероніка Ксенія Олеся Лідія Антоніна Раїса'),
  ...tier(
    7,
    `Зінаїда Уляна Карина Маргарита Марта Зоряна Леся Соломія Богдана Мирослава Жанна Поліна Єлизавета
     Ярина Злата Аліса Ангеліна Василина Клавдія Мілана`,
  ),
  ...tier(
    3,
    `Роксолана Варвара Стефанія Віолетта Регіна Римма Таїсія Яніна Емілія Нелля Орися Майя Інесса Агата
     Євдокія Устина Любомира Тереза Параска`,
  ),
];

/** Diaspora members write their names in Latin script, often in the English form. */
export const DIASPORA_MALE_FIRST_NAMES: readonly (readonly [string, number])[] = tier(
  1,
  'Andrew Michael John Peter Stephen Taras Roman Ivan Yuri Nicholas Alexander Daniel Mark Bohdan Paul George Victor Orest Myron Eugene',
);

export const DIASPORA_FEMALE_FIRST_NAMES: readonly (readonly [string, number])[] = tier(
  1,
  'Olena Mary Natalie Oksana Anna Christine Halyna Sophia Irene Helen Catherine Julia Larissa Vera Nadia Tanya Lesia Roksolana Daria Maria',
);
