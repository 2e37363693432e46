package entity

import (
	_ "embed"
	"strings"
)

//go:generate go run gen_commonwords.go

// commonWordsFile lists lower-case Indonesian words of news copy, one a
// line; see gen_commonwords.go for where it comes from.
//
//go:embed commonwords.txt
var commonWordsFile string

// commonWords is the set read from commonWordsFile: a capitalised word that
// opens a sentence and is in this set is a common word, not a name.
var commonWords = wordList(commonWordsFile)

// wordList parses a list of one word a line, skipping # comments.
func wordList(s string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}

// The word lists below are ours, written for Indonesian and English news.
// They are short on purpose: they catch the cues that recur in news copy,
// not every name in the world. Keys are as written in text (case matters
// where names are concerned) unless a comment says otherwise.

// set builds a membership map from words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titleHeads are capitalised words that introduce a person's title: the name
// that follows the title (and an optional place) is a person.
var titleHeads = set(
	// Indonesian
	"Presiden", "Wapres", "Pemimpin", "Menteri", "Menlu", "Menhan", "Mendagri", "Menkeu",
	"Wakil", "Perdana", "Sekretaris", "Sekjen", "Direktur", "Dirut", "Ketua", "Kepala", "Gubernur",
	"Wagub", "Bupati", "Wali", "Walikota", "Kapolri", "Kapolda", "Kapolres", "Panglima", "Jaksa",
	"Hakim", "Senator", "Raja", "Ratu", "Pangeran", "Putri", "Paus", "Duta", "Dubes", "Profesor",
	"Juru", "Jubir", "Kanselir", "Pelatih", "Kapten", "Komandan", "Pakar", "Analis", "Peneliti",
	"Anggota", "Wartawan", "Jenderal", "Letjen", "Mayjen", "Brigjen", "Kolonel", "Irjen", "Kombes",
	"AKBP", "Kapten", "Ustaz", "Ustadz", "Kiai", "Habib", "Syekh", "Pastor", "Pendeta", "Romo",
	"Bapak", "Ibu", "Pak", "Bu", "Mas", "Mbak", "Bung", "Sdr", "Tuan", "Nyonya",
	"Menko", "Mensos", "Menkes", "Menpora", "Mendag", "Menperin", "Menaker", "Menkumham", "Mendikbud",
	"Menag", "Menpan", "Komjen", "Kompol", "Pol", "Iptu", "Ipda", "Aiptu", "Bripka", "Brigadir", "Laksamana",
	"Marsekal", "Kapuspen", "Kabareskrim", "Kadiv", "Kasat", "Kapten", "Gus", "Prof", "Prof.", "Dr.", "Ir.", "Drs.", "H.", "Hj.",
	// English
	"President", "Vice", "Prime", "Minister", "Secretary", "Chancellor", "Leader", "Director",
	"Chairman", "Chairwoman", "Chair", "Chief", "Governor", "Mayor", "Sen.", "Rep.", "Rep", "Gen.",
	"General", "King", "Queen", "Prince", "Princess", "Pope", "Ambassador", "Spokesman",
	"Spokeswoman", "Spokesperson", "Professor", "Judge", "Justice", "Speaker", "Commander",
	"Crown", "Mr.", "Mrs.", "Ms.", "Dr", "Mr", "Mrs", "Ms", "Sir", "Lord", "Lady", "Gov.", "Lt.", "Col.",
	"Sgt.", "Capt.", "Senator", "Congressman", "Congresswoman", "Representative", "CEO",
)

// titleTails are capitalised words that continue a title after its head:
// "Menteri Luar Negeri", "Sekretaris Jenderal", "Juru Bicara", "Secretary of State".
var titleTails = set(
	"Luar", "Negeri", "Dalam", "Pertahanan", "Keuangan", "Perdagangan", "Jenderal", "Besar",
	"Bicara", "Agung", "Menteri", "Presiden", "Utama", "Umum", "Eksekutif", "Kota", "Tertinggi",
	"Senior", "Kepolisian", "Polisi", "Staf", "Kabinet", "Koordinator", "Bidang", "Hukum", "Politik",
	"Keamanan", "Pertama", "Kehormatan", "Tinggi", "Muda",
	"State", "Foreign", "Defense", "Defence", "Affairs", "Minister", "Secretary", "General",
	"Executive", "Officer", "President", "Supreme", "Deputy", "Attorney", "Senior", "Home",
	"Prince", "Princess", "Finance", "Treasury", "Interior", "Justice", "Joint", "Staff", "Chiefs",
)

// orgHeads are words that open an organisation's name.
var orgHeads = set(
	"Kementerian", "Kemenlu", "Kemenhan", "Partai", "Universitas", "Bank", "PT", "PT.", "CV", "Institut",
	"Pusat", "Dewan", "Komisi", "Badan", "Lembaga", "Mahkamah", "Pengadilan", "Kejaksaan", "Kepolisian",
	"Polda", "Polres", "Polsek", "Tentara", "Angkatan", "Majelis", "Fakultas", "Sekolah", "Yayasan",
	"Asosiasi", "Persatuan", "Perserikatan", "Organisasi", "Komite", "Federasi", "Gerakan", "Front",
	"Markas", "Kantor", "Brigade", "Pasukan", "Milisi", "Laskar", "Militer", "Batalyon", "Divisi", "Kodam", "Perusahaan", "Pemkot", "Pemkab", "Pemprov", "Sekretariat",
	"Direktorat", "Satuan", "Korps", "Kongres", "Parlemen", "Senat", "Koalisi", "Serikat", "Ikatan",
	"Himpunan", "Perhimpunan", "Kamar", "Bursa", "Otoritas", "Museum", "Klub", "Dinas", "Inspektorat", "Aliansi", "Kejari", "Kejati", "Polresta", "Kodim", "Korem",
	"Ministry", "Department", "University", "Institute", "Party", "Council", "Committee",
	"Agency", "Commission", "Court", "Association", "Foundation", "Federation", "Office", "Bureau",
	"Union", "Organization", "Organisation", "Army", "Navy", "Board", "House", "Senate",
	"Congress", "Parliament", "Coalition", "Movement", "College", "School", "Academy", "Society",
)

// orgTails are words that close an organisation's name.
var orgTails = set(
	"Center", "Centre", "Agency", "Institute", "University", "Inc.", "Inc", "Corp.", "Corp",
	"Ltd", "Ltd.", "LLC", "Group", "Foundation", "Bank", "Ministry", "Council", "Committee",
	"Commission", "Party", "News", "Times", "Post", "Journal", "Press", "Media", "Tribune",
	"Herald", "Review", "Network", "Company", "Corporation", "Association", "Studies", "Fund",
	"Forces", "Service", "Police", "Airlines", "Airways", "Holdings", "Technologies", "Technoz",
	"FC", "Club", "Team", "Office", "Department", "Administration", "Organization", "Tbk", "Tbk.",
	"Foundation", "Initiative", "Project", "Program", "Programme",
)

// placeHeads are words that open a place name.
var placeHeads = set(
	"Kota", "Kabupaten", "Provinsi", "Jalan", "Jl.", "Desa", "Kecamatan", "Kelurahan", "Pulau",
	"Gunung", "Sungai", "Danau", "Teluk", "Selat", "Laut", "Lapangan", "Bandara", "Pelabuhan",
	"Stasiun", "Semenanjung", "Gedung", "Kosmodrom", "Pangkalan", "Istana", "Masjid", "Gereja", "Candi", "Pantai",
	"Taman", "Monumen", "Benteng", "Terminal", "Bukit", "Lembah", "Gurun", "Kepulauan", "Distrik", "Wilayah", "Kampung", "Dusun", "Tanjung",
	"Lake", "Mount", "Mt.", "Fort", "Port", "Cape", "Gulf", "Bay", "Isle",
)

// placeTails are words that close a place name.
var placeTails = set(
	"Oblast", "City", "County", "Province", "Street", "Avenue", "Square", "Island", "Islands",
	"Valley", "River", "Sea", "Ocean", "Strait", "Peninsula", "Region", "District", "State",
	"Raya", "Utara", "Selatan", "Barat", "Timur", "Tengah",
)

// placeSuffixes extend a known place: "Sumatera Selatan", "Jakarta Pusat".
var placeSuffixes = set("Utara", "Selatan", "Barat", "Timur", "Tengah", "Pusat", "Raya", "Laut", "Daya")

// personCuesBefore are lower-case words that, right before a capitalised
// name, make it a person: speech verbs placed before the speaker and
// Indonesian role nouns written in lower case.
var personCuesBefore = set(
	"kata", "ujar", "ucap", "tutur", "ungkap", "tambah", "imbuh", "jelas", "tegas", "tulis", "sebut",
	"lanjut", "papar", "terang", "said", "says", "told", "asked", "added", "wrote",
	"presiden", "menteri", "direktur", "ketua", "kepala", "gubernur", "bupati", "walikota",
	"pemimpin", "pakar", "analis", "peneliti", "profesor", "juru", "bicara", "sekretaris",
	"wartawan", "pelatih", "pengamat", "dosen", "aktivis", "warga", "tersangka", "terdakwa",
	"saksi", "korban", "sdr", "saudara", "saudari", "bapak", "ibu", "mr", "president", "minister",
	"leader", "director", "spokesman", "spokeswoman", "senator", "secretary", "chairman",
	"governor", "mayor", "professor", "analyst", "by", "oleh",
)

// orgCuesBefore are lower-case words that make the next name an organisation.
var orgCuesBefore = set(
	"partai", "perusahaan", "lembaga", "organisasi", "kelompok", "media", "harian", "majalah",
	"klub", "maskapai", "bank", "firma", "stasiun", "situs", "laman", "portal", "surat",
	"company", "firm", "group", "newspaper", "agency", "network", "carrier",
)

// placeCuesBefore are lower-case words that make the next name a place when
// the name is not known otherwise ("di Vladivostok", "from Seoul").
var placeCuesBefore = set(
	"di", "ke", "dari", "kosmodrom", "bandara", "pelabuhan", "pangkalan", "semenanjung", "kota", "kabupaten", "provinsi", "desa", "negara", "ibu", "pulau",
	"wilayah", "kawasan", "daerah", "in", "from", "near", "at", "city", "country", "capital",
)

// personCuesAfter are words that, after a name and a comma, describe a person
// ("Jeffrey Lewis, direktur ...", "Lami Kim, seorang profesor").
var personCuesAfter = set(
	"seorang", "direktur", "pakar", "peneliti", "profesor", "analis", "ketua", "kepala", "juru",
	"wakil", "mantan", "pengamat", "dosen", "menteri", "presiden", "pemimpin", "anggota",
	"sekretaris", "penasihat", "pendiri", "warga", "who", "a", "an", "the", "director", "professor",
	"senior", "former", "chief", "spokesman", "spokeswoman", "analyst", "head", "chairman",
	"president", "minister", "secretary", "aged", "berusia", "yang",
)

// verbWordsAfter are lower-case words that, right after a word that opens
// a sentence, show the word is the subject ("Andi mengatakan", "Hanung
// juga ..."); with the prefixes in verbPrefixes they make a lone
// sentence-initial word that is not a common word a person.
var verbWordsAfter = set(
	"juga", "pun", "telah", "sudah", "akan", "tidak", "tak", "belum", "masih", "sedang", "kemudian",
	"lalu", "pernah", "kembali", "hanya", "bahkan", "said", "says", "told", "added", "has", "had",
	"was", "is", "will", "would",
)

// verbPrefixes are the Indonesian verb prefixes meN-, ber- and di-.
var verbPrefixes = []string{"meng", "meny", "mem", "men", "me", "ber", "di"}

// speechVerbsAfter are verbs that, right after a multi-word name, make it a
// person when nothing else types it.
var speechVerbsAfter = set(
	"mengatakan", "menyatakan", "menegaskan", "menjelaskan", "mengungkapkan", "menambahkan",
	"berkata", "menuturkan", "menilai", "berpendapat", "said", "says", "told", "added",
)

// stopCaps are capitalised words that are never names on their own: function
// words that open sentences, pronouns, and generic words of news copy.
// Lower-case keys.
var stopCaps = set(
	// Indonesian function words
	"namun", "menurut", "selain", "sebelum", "sebelumnya", "setelah", "sesudah", "saat", "ketika",
	"dalam", "pada", "di", "ke", "dari", "untuk", "dengan", "meski", "meskipun", "walaupun", "tetapi",
	"tapi", "dan", "atau", "ini", "itu", "hal", "para", "kami", "kita", "dia", "ia", "mereka", "anda",
	"ada", "sebagai", "bagi", "secara", "oleh", "karena", "sehingga", "jika", "kalau", "bila",
	"apabila", "agar", "supaya", "yang", "juga", "bahkan", "justru", "sementara", "sedangkan",
	"adapun", "selama", "sejak", "hingga", "sampai", "kemudian", "lalu", "akhirnya", "kini",
	"sekarang", "saat ini", "tak", "tidak", "bukan", "belum", "sudah", "telah", "akan", "bisa",
	"dapat", "harus", "perlu", "semua", "seluruh", "setiap", "beberapa", "banyak", "sebuah",
	"seorang", "satu", "dua", "tiga", "apa", "siapa", "mengapa", "bagaimana", "kapan", "dimana",
	"di mana", "berdasarkan", "terkait", "mengenai", "tentang", "soal", "usai", "jelang", "baca",
	"juga", "simak", "lihat", "foto", "video", "sumber", "editor", "penulis", "reporter", "laporan",
	"kata", "ujar", "baik", "saya", "aku", "kamu", "beliau", "jadi", "kalau", "kedua", "pertama", "mantan", "eks", "former", "sebab", "maka", "pun", "lebih", "paling", "sangat", "begitu", "demikian", "tersebut", "kala",
	"hari", "minggu", "bulan", "tahun", "pekan", "pagi", "siang", "sore", "malam", "awal", "akhir",
	"pertengahan", "kedua", "ketiga", "pertama", "sang", "si", "kaum", "pihak", "tim", "warga",
	"kawasan", "negara", "pemerintah", "rezim", "barat", "timur", "utara", "selatan", "tengah",
	"tuhan", "allah", "wib", "wita", "wit", "tautan-tautan", "akses", "logo", "forum",
	"recommended", "berita", "terkini", "terpopuler", "populer", "ikuti", "klik", "tag", "tags",
	"halaman", "selanjutnya", "sebelumnya", "advertisement", "iklan", "copyright", "hak", "cipta",
	// English function words
	"the", "a", "an", "however", "but", "and", "or", "in", "on", "at", "for", "from", "to", "of",
	"with", "by", "as", "if", "when", "while", "after", "before", "since", "this", "that", "these",
	"those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "its",
	"there", "here", "what", "who", "why", "how", "where", "which", "also", "meanwhile", "still",
	"yet", "so", "then", "now", "today", "yesterday", "tomorrow", "according", "despite",
	"although", "though", "because", "some", "many", "most", "all", "both", "each", "every",
	"no", "not", "one", "two", "three", "read", "more", "related", "photo", "image", "source",
	"share", "click", "subscribe", "advertisement", "getty", "images", "ap", "do", "does", "did",
	"is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "can", "could",
	"should", "may", "might", "must", "mr", "mrs", "ms", "dr", "western", "eastern", "northern",
	"southern", "west", "east", "north", "south", "god",
	// English demonyms, adjectives rather than names
	"korean", "koreans", "russian", "russians", "american", "americans", "chinese", "japanese",
	"ukrainian", "ukrainians", "british", "european", "europeans", "iranian", "israeli",
	"israelis", "palestinian", "palestinians", "indonesian", "indonesians", "syrian", "african",
	"asian", "german", "french", "italian", "spanish", "mexican", "canadian", "australian",
	"indian", "pakistani", "afghan", "iraqi", "saudi", "turkish", "egyptian", "arab", "muslim",
	"christian", "jewish", "western", "democratic", "republican",
	// Indonesian acronyms of common nouns, not names
	"ktt", "bbm", "spbu", "phk", "apbn", "apbd", "pdb", "ham", "uu", "ruu", "ott", "cpns", "asn",
	"pns", "umkm", "ihsg", "ppn", "pph", "nik", "ktp", "hut", "wni", "wna", "tki", "tkw", "pilkada",
	"pilpres", "pemilu", "capres", "cawapres", "caleg", "gdp", "covid", "ai", "rp", "usd", "idr",
	"seperti", "ebola", "corona", "hiv", "aids", "sars", "mers", "dbd",
)

// monthsAndDays are month and weekday names in Indonesian and English,
// which are capitalised but never entities. Lower-case keys.
var monthsAndDays = set(
	"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
	"oktober", "november", "desember", "agu", "okt", "des", "peb", "pebruari", "nopember",
	"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
	"january", "february", "march", "may", "june", "july", "august", "october", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
)

// nameParticles are lower-case words that may sit inside a person's name
// between capitalised words ("Mohammed bin Salman", "Ursula von der Leyen").
var nameParticles = set(
	"bin", "binti", "van", "von", "der", "den", "de", "del", "della", "da", "dos", "das",
	"du", "la", "le", "al", "el", "ibn", "abu", "ter", "y",
)

// orgConnectors are lower-case words that may sit inside an organisation's
// name between capitalised words ("Badan Pengawas Obat dan Makanan",
// "Center for Security Studies", "Bank of America").
var orgConnectors = set("dan", "and", "for", "of", "on", "the", "&", "untuk")

// eastAsianSurnames are common Korean and Chinese family names, written
// first: a capitalised run that starts with one and has two or three parts
// is a person ("Kim Jong Un", "Shin Wonsik", "Xi Jinping").
var eastAsianSurnames = set(
	"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh",
	"Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang",
	"Son", "Bae", "Baek", "Heo", "Nam", "Ri", "Pak", "Chung", "Roh", "Yun", "Xi", "Li", "Wang",
	"Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Wu", "Sun", "Ma", "Hu", "Guo", "Lin", "He",
	"Gao", "Deng", "Mao", "Jiang", "Wen", "Tsai", "Lai", "Ho", "Nguyen", "Tran", "Pham",
)

// firstNames are common given names in Indonesian and English news; a
// capitalised run that starts with one is a person.
var firstNames = set(
	"Joko", "Prabowo", "Gibran", "Anies", "Ganjar", "Ahmad", "Muhammad", "Mohammad", "Abdul",
	"Agus", "Budi", "Bambang", "Dedi", "Eko", "Hendra", "Irwan", "Joni", "Kurniawan", "Made",
	"Nyoman", "Wayan", "Ketut", "Putu", "Rizki", "Siti", "Sri", "Dewi", "Rina", "Yusuf", "Andi",
	"Hasan", "Ali", "Umar", "Budiman", "Puan", "Megawati", "Susilo", "Sandiaga", "Erick", "Sri",
	"Retno", "Sugiono", "Luhut", "Mahfud", "Airlangga", "Bahlil", "Listyo", "Tito", "Yasonna",
	"John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
	"Charles", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
	"Jessica", "Sarah", "Karen", "Donald", "Hillary", "Barack", "Joe", "Kamala", "Bernie", "Ted",
	"Marco", "Mike", "Paul", "Jeb", "Chris", "Ben", "Tim", "Bill", "George", "Vladimir", "Antony",
	"Jens", "Emmanuel", "Olaf", "Boris", "Rishi", "Keir", "Narendra", "Recep", "Benjamin",
	"Volodymyr", "Sergei", "Sergey", "Dmitry", "Jeffrey", "Rachel", "Lami", "Yuri", "Namira",
	"Daniel", "Peter", "Mark", "Steven", "Kevin", "Brian", "Jason", "Matthew", "Anthony", "Andrew",
	"Jeff", "Eric", "Scott", "Nancy", "Lisa", "Emily", "Anna", "Maria", "Jose", "Juan", "Carlos",
)

// knownPersons are full names of people who recur in the news; when a short
// mention could belong to several longer names, one of these wins.
var knownPersons = set(
	"Kim Jong Un", "Vladimir Putin", "Joe Biden", "Donald Trump", "Xi Jinping", "Joko Widodo",
	"Prabowo Subianto", "Volodymyr Zelensky", "Antony Blinken", "Sergei Lavrov", "Kim Yo Jong",
	"Yoon Suk Yeol", "Fumio Kishida", "Narendra Modi", "Recep Tayyip Erdogan", "Emmanuel Macron",
	"Olaf Scholz", "Benjamin Netanyahu", "Kamala Harris", "Hillary Clinton", "Barack Obama",
	"Gibran Rakabuming Raka", "Anies Baswedan", "Ganjar Pranowo", "Jens Stoltenberg",
)
