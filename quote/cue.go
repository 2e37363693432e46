package quote

// Cue words of reported speech in Indonesian and English news, written by
// us. Keys are lower-case.

// set builds a membership map from words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// afterCues are the short speech verbs that follow a quote and precede the
// speaker: "“...,” kata Lami Kim", "“...,” said Blinken". With the suffix
// -nya ("katanya", "imbuhnya") the speaker is a pronoun.
var afterCues = set(
	"kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tulis", "tambah", "imbuh", "lanjut",
	"papar", "terang", "tegas", "sebut", "lapor", "pungkas", "kilah", "seru", "tanya", "sambung",
	"timpal", "bilang", "cetus", "tukas", "paparnya", "ucapnya",
	"said", "says", "added", "wrote", "told", "asked", "explained", "noted", "continued",
	"insisted", "tweeted", "stated", "argued", "warned", "replied", "recalled", "declared",
)

// speechVerbs are the verbs whose subject is the speaker: "Kim mengatakan
// bahwa ...", "Blinken said that ...".
var speechVerbs = set(
	"mengatakan", "menyatakan", "menegaskan", "menjelaskan", "mengungkapkan", "menyebut",
	"menyebutkan", "menambahkan", "berkata", "menulis", "melaporkan", "menuturkan",
	"memperingatkan", "mengklaim", "menilai", "mengakui", "membantah", "menyampaikan",
	"mengemukakan", "memaparkan", "menerangkan", "berpendapat", "mengingatkan", "menekankan",
	"mengimbau", "mengumumkan", "menuding", "menuduh", "menanggapi", "bertanya",
	"said", "says", "say", "added", "adds", "wrote", "writes", "warned", "warns",
	"stated", "claimed", "argued", "argues", "insisted", "insists", "noted",
	"explained", "explains", "announced", "announces", "acknowledged", "admitted",
	"denied", "denies", "suggested", "believes", "believed", "reported", "asserted",
	"contended", "predicted", "tweeted", "testified", "confirmed", "confirms", "saying", "adding",
	"arguing", "noting", "showed", "found", "finds", "suggests", "indicated", "indicates",
	"thinks", "thought", "alleged", "alleges", "complained", "acknowledges",
	"menunjukkan", "mengungkap", "menyebutkan", "menduga", "memperkirakan", "meyakini", "menganggap",
)

// thatVerbs report speech or thought only with a that-clause after them
// ("announced that ...", "pointed out that ..."); the clause must follow
// within three words.
var thatVerbs = set(
	"announcing", "pointed", "pointing", "learned", "fears", "feared", "hopes", "hoped", "expects",
	"expected", "conceded", "concedes", "revealed", "reveals", "concluded", "concludes", "agreed",
	"agrees", "estimated", "estimates", "indicated", "insisting", "recalled", "recalling",
	"emphasized", "stressed", "stressing", "promised", "vowed", "explaining", "told", "tells",
	"reports", "notes", "shows", "claims", "mengumumkan",
	"mengungkap", "meyakini", "berharap", "memastikan", "menyadari", "menyimpulkan", "berjanji",
)

// thatWords introduce the content of indirect speech.
var thatWords = set("bahwa", "that")

// pronouns stand for a speaker named before.
var pronouns = set("ia", "dia", "beliau", "he", "she", "mereka", "they", "nya")

// subjectFillers are words that may sit between a subject and its verb
// ("Kim juga mengatakan", "Lewis sebelumnya mengatakan", "he also said").
var subjectFillers = set(
	"juga", "pun", "telah", "sudah", "sebelumnya", "kemudian", "lalu", "kembali", "pernah",
	"bahkan", "hanya", "also", "has", "had", "have", "previously", "later", "then", "once",
	"recently", "again", "further", "kepada", "wartawan",
)

// phraseStops end the speaker phrase after a cue: "kata Kim dalam pesan",
// "said Smith on Tuesday".
var phraseStops = set(
	"dalam", "pada", "saat", "ketika", "kepada", "di", "seorang", "yang", "sambil", "usai",
	"setelah", "sebelum", "melalui", "lewat", "dan", "bahwa", "menurut", "untuk",
	"in", "on", "at", "during", "when", "to", "after", "before", "who", "as", "and", "that",
	"while", "via", "through", "adding", "according", "with",
)

// speakerOpeners are lower-case words that may open the speaker phrase
// after a trailing cue ("..., kata para ahli", "..., said a senior
// official"). Any other lower-case word after the cue makes it a verb with
// its own content ("..., said he would ...").
var speakerOpeners = set(
	"the", "a", "an", "his", "her", "their", "its", "one", "two", "para", "seorang", "sang", "sebuah",
	"laporan", "kantor", "pemimpin", "juru", "menteri", "presiden", "pejabat", "sumber", "analis",
	"pakar", "peneliti", "pengamat", "warga", "polisi", "pihak", "media", "harian", "situs",
	"direktur", "ketua", "kepala", "wakil", "mantan", "anggota", "officials", "sources", "police",
	"ia", "dia", "beliau", "mereka", "he", "she", "they",
)

// prepositions after a speech verb begin a phrase about the telling, not
// the content ("explained in an interview", "mengatakan kepada wartawan").
var prepositions = set(
	"in", "on", "at", "to", "during", "after", "before", "with", "for", "from", "by", "about", "of",
	"kepada", "pada", "di", "dalam", "saat", "ketika", "usai", "setelah", "kepadanya",
)

// menurut introduces a source: "Menurut Yonhap, ...", "..., menurut KCNA".
const menurut = "menurut"
