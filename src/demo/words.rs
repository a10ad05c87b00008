//! The word lists demo data is drawn from: names, tags, menu, staff, complaints.

/// Surnames with rough weights: the first few are far more common. The rare ones at
/// the end read differently as surnames (单 Shàn, 区 Ōu, 解 Xiè, 仇 Qiú, 朴 Piáo), which
/// is what makes pinyin search interesting.
pub const SURNAMES: &[(&str, u32)] = &[
    ("王", 72),
    ("李", 71),
    ("张", 68),
    ("刘", 54),
    ("陈", 46),
    ("杨", 32),
    ("黄", 24),
    ("赵", 22),
    ("吴", 20),
    ("周", 19),
    ("徐", 15),
    ("孙", 15),
    ("马", 13),
    ("朱", 12),
    ("胡", 11),
    ("郭", 10),
    ("何", 9),
    ("林", 9),
    ("罗", 8),
    ("高", 8),
    ("曾", 5),
    ("欧阳", 2),
    ("单", 1),
    ("区", 1),
    ("解", 1),
    ("仇", 1),
    ("朴", 1),
];

pub const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "秀", "霞", "平", "刚", "英", "华", "玉", "兰", "萍", "红", "鹏", "辉", "建", "文", "婷",
    "雪", "琳", "晨", "浩", "宇", "欣", "怡", "子", "涵", "梓", "轩", "博", "思", "雨", "佳", "俊",
    "嘉", "乐", "悦", "诗", "一", "可", "心", "志", "国", "海", "晓", "云", "峰", "波", "斌", "蕾",
];

pub const FIRST_F: &[&str] = &[
    "Emma",
    "Olivia",
    "Zoë",
    "Renée",
    "Chloé",
    "Sofia",
    "Amélie",
    "Ana",
    "Lucía",
    "Inès",
    "Hannah",
    "Grace",
    "Sarah",
    "Maria",
    "Léa",
    "Noémie",
    "Isabel",
    "Charlotte",
    "Mia",
    "Freya",
    "Ingrid",
    "Aoife",
    "Priya",
    "Yuki",
];

pub const FIRST_M: &[&str] = &[
    "José",
    "James",
    "Liam",
    "Noah",
    "Lucas",
    "André",
    "François",
    "Jürgen",
    "Björn",
    "Mateo",
    "Oliver",
    "Daniel",
    "Thomas",
    "Ethan",
    "Hugo",
    "Søren",
    "Raphaël",
    "Tomás",
    "David",
    "Marco",
    "Kenji",
    "Arjun",
    "Pierre",
    "Stefan",
];

pub const LAST: &[&str] = &[
    "Smith",
    "García",
    "Müller",
    "Martin",
    "Brown",
    "Rossi",
    "Dubois",
    "Novák",
    "Silva",
    "Fernández",
    "Jones",
    "Wilson",
    "Kowalski",
    "Jensen",
    "Wiśniewski",
    "Ødegaard",
    "Núñez",
    "O'Brien",
    "Andersson",
    "Bernard",
    "Lefèvre",
    "Schröder",
    "Moreau",
    "Taylor",
    "Clarke",
    "Nguyen",
    "Kim",
    "Tanaka",
    "Patel",
    "Costa",
];

/// Mainland mobile prefixes (13x, 15x, 18x).
pub const MOBILE_PREFIXES: &[u64] = &[
    130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 155, 156, 157, 158, 159, 180,
    181, 182, 183, 185, 186, 187, 188, 189,
];

/// Tags with the chance (per mille) that any member carries them.
pub const TAGS: &[(&str, u32)] = &[
    ("vip", 40),
    ("window-seat", 50),
    ("private-room", 25),
    ("spicy", 80),
    ("no-spicy", 40),
    ("kids", 45),
    ("business", 35),
    ("wine", 20),
    ("birthday-club", 30),
    ("referral", 25),
    ("online", 60),
    ("quiet", 20),
];

/// Alerts the desk must see, per mille, and whether each is an allergy.
pub const ALERTS: &[(&str, u32)] = &[
    ("peanut allergy", 20),
    ("no pork", 20),
    ("shellfish allergy", 10),
    ("vegetarian", 30),
    ("lactose intolerant", 8),
    ("gluten-free", 6),
    ("wheelchair access", 4),
    ("芝麻过敏", 5),
];

pub const NOTES: &[&str] = &[
    "prefers the corner booth",
    "celebrates an anniversary every May",
    "likes the broth extra spicy",
    "喜欢靠窗的位置",
    "usually orders the mushroom soup base",
    "business guest; always asks for an invoice (发票)",
    "comes with two small children; needs a high chair",
    "prefers staff member Li Na",
    "不吃香菜",
    "likes to be greeted by name",
];

pub const STAFF: &[&str] = &[
    "Li Na",
    "Wang Fang",
    "Chen Jie",
    "Zhao Lei",
    "Amy",
    "Tom",
    "Liu Yang",
    "Sun Mei",
];

pub const MENU: &[&str] = &[
    "spicy hot pot base",
    "mushroom soup base",
    "tomato soup base",
    "beef slices",
    "lamb rolls",
    "beef tongue",
    "shrimp paste",
    "tofu skin",
    "hand-pulled noodles",
    "vegetable platter",
    "fish balls",
    "duck blood",
    "tripe",
    "sesame sauce",
    "plum juice",
    "Tsingtao beer",
    "mango pudding",
    "毛肚",
    "虾滑",
    "肥牛",
];

pub const REDEEM: &[&str] = &[
    "free fruit platter",
    "free soup base",
    "discount on the bill",
    "gift: branded mug",
];

pub const LOCATIONS_PREFIX: &[&str] = &["T", "T", "T", "T", "Room ", "Bar "];

/// (category label, descriptions)
pub const COMPLAINTS: &[(&str, &[&str])] = &[
    (
        "quality",
        &[
            "the broth was far too salty",
            "beef slices did not taste fresh",
            "found a hair in the vegetable platter",
            "菜品有异物",
            "noodles were undercooked",
        ],
    ),
    (
        "service",
        &[
            "waiter was curt when asked for more sauce",
            "服务员态度冷淡",
            "nobody came to the table for fifteen minutes",
            "order was taken wrong twice",
        ],
    ),
    (
        "waiting",
        &[
            "waited 50 minutes despite a reservation",
            "上菜太慢",
            "queue number was skipped",
            "the bill took 20 minutes to arrive",
        ],
    ),
    (
        "billing",
        &[
            "charged twice for the lamb rolls",
            "member discount was not applied",
            "优惠券没有使用",
            "service charge was not explained",
        ],
    ),
    (
        "hygiene",
        &[
            "sticky table and dirty cups",
            "洗手间不干净",
            "saw a cockroach near the sauce bar",
        ],
    ),
    (
        "other",
        &[
            "too noisy for a business dinner",
            "parking was full and nobody helped",
            "air conditioning too cold",
        ],
    ),
];

pub const RESOLUTIONS: &[&str] = &[
    "apologised and replaced the dish",
    "manager apologised in person",
    "refunded the item",
    "explained the charge and corrected the bill",
    "retrained the staff member; called the guest",
    "已致歉并退还菜品费用",
];

/// Compensation given; "" for an apology alone, "N points" also writes ledger points.
pub const COMPENSATIONS: &[&str] = &[
    "",
    "free dessert",
    "20% off the next visit",
    "200 points",
    "500 points",
    "refund of the dish",
    "free soup base next visit",
];

pub const ASSIGNEES: &[&str] = &[
    "floor manager",
    "kitchen",
    "Wang Fang",
    "Zhao Lei",
    "front desk",
];
