package text

// Stopword lists, written for news: function words, pronouns, auxiliaries,
// and the reporting verbs that every article has ("kata", "ujarnya",
// "said"). They are folded (lower case, no accents).
var (
	stopwordsID = setOf(
		"ada", "adalah", "adanya", "agar", "akan", "aku", "anda", "antara",
		"apa", "apakah", "atas", "atau", "bagaimana", "bagi", "bahkan", "bahwa",
		"banyak", "baru", "begitu", "belum", "berbagai", "berkata", "bersama",
		"beberapa", "bila", "bisa", "boleh", "bukan", "cukup", "dalam", "dan",
		"dapat", "dari", "daripada", "demikian", "dengan", "di", "dia", "diri",
		"dirinya", "hal", "hampir", "hanya", "harus", "hingga", "ia", "ialah",
		"ini", "itu", "jadi", "jika", "juga", "kalau", "kami", "kamu", "kan",
		"kapan", "karena", "kata", "katanya", "ke", "kembali", "kemudian",
		"kepada", "ketika", "kini", "kita", "lagi", "lain", "lalu", "lebih",
		"maka", "masih", "mau", "melalui", "memang", "mengatakan", "menjadi",
		"menurut", "mereka", "meski", "meskipun", "mungkin", "namun", "nya",
		"oleh", "pada", "paling", "para", "pernah", "pula", "pun", "saat",
		"saja", "salah", "sama", "sambil", "sampai", "sang", "sangat", "saya",
		"se", "sebagai", "sebelum", "sebuah", "secara", "sedang", "sedangkan",
		"sehingga", "sejak", "sekitar", "selain", "selama", "seluruh",
		"semua", "seorang", "seperti", "serta", "setelah", "si", "sudah",
		"supaya", "tak", "tanpa", "tapi", "telah", "tentang", "tentu",
		"tersebut", "terhadap", "tetapi", "tidak", "untuk", "usai", "waktu",
		"yaitu", "yakni", "yang",
		// Reporting verbs as news writes them after a quote.
		"ujar", "ujarnya", "tutur", "tuturnya", "imbuh", "imbuhnya",
		"tambahnya", "ungkapnya", "jelasnya", "terangnya", "sebutnya",
		"menambahkan", "menjelaskan", "mengungkapkan", "menyatakan",
		"menyebutkan",
	)
	// stopwordsMS adds to the Indonesian list the Malay spellings of the
	// same function words.
	stopwordsMS = setOf(
		"bahawa", "kerana", "iaitu", "beliau", "mahu", "sahaja", "selepas",
		"manakala", "apabila", "tiada", "menerusi", "bagaimanapun",
	)
	stopwordsEN = setOf(
		"a", "about", "after", "again", "against", "all", "also", "am", "an",
		"and", "any", "are", "as", "at", "be", "because", "been", "before",
		"being", "between", "both", "but", "by", "can", "could", "did", "do",
		"does", "doing", "down", "during", "each", "few", "for", "from",
		"further", "had", "has", "have", "having", "he", "her", "here", "hers",
		"herself", "him", "himself", "his", "how", "i", "if", "in", "into",
		"is", "it", "its", "itself", "just", "me", "more", "most", "my",
		"myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
		"or", "other", "our", "ours", "ourselves", "out", "over", "own", "said",
		"same", "says", "she", "should", "so", "some", "such", "than", "that",
		"the", "their", "theirs", "them", "themselves", "then", "there",
		"these", "they", "this", "those", "through", "to", "too", "under",
		"until", "up", "very", "was", "we", "were", "what", "when", "where",
		"which", "while", "who", "whom", "why", "will", "with", "would", "you",
		"your", "yours", "yourself", "yourselves", "told", "say", "according",
		"new", "one", "two", "year", "years", "mr", "mrs", "ms", "added",
		"told", "stated",
	)
	// stopwordsES is folded, so "más" is "mas" and "año" is "ano"; like
	// the English list it drops the reporting verbs of news ("dijo",
	// "afirmo", "segun").
	stopwordsES = setOf(
		"a", "al", "algo", "algun", "alguna", "algunas", "alguno", "algunos",
		"ante", "antes", "aqui", "asi", "aun", "bajo", "bien", "cada", "casi",
		"como", "con", "contra", "cual", "cuales", "cuando", "cuanto", "de",
		"del", "desde", "donde", "dos", "durante", "e", "el", "ella", "ellas",
		"ello", "ellos", "en", "entre", "era", "eran", "es", "esa", "esas",
		"ese", "eso", "esos", "esta", "estaba", "estan", "estar", "estas",
		"este", "esto", "estos", "fue", "fueron", "ha", "habia", "habian",
		"han", "hasta", "hay", "la", "las", "le", "les", "lo", "los", "mas",
		"me", "mi", "mientras", "mismo", "misma", "muy", "nada", "ni", "no",
		"nos", "nosotros", "o", "otra", "otras", "otro", "otros", "para",
		"pero", "poco", "por", "porque", "pues", "que", "quien", "quienes",
		"se", "sea", "segun", "ser", "si", "sido", "siempre", "sin", "sino",
		"sobre", "son", "su", "sus", "tal", "tambien", "tan", "tanto", "te",
		"tiene", "tienen", "todo", "todos", "toda", "todas", "tras", "tu", "u",
		"un", "una", "unas", "uno", "unos", "usted", "y", "ya", "yo",
		// Reporting verbs and words of news.
		"dijo", "dijeron", "afirmo", "aseguro", "anadio", "explico",
		"senalo", "indico", "informo", "declaro", "agrego", "segun",
		"ano", "anos", "puede", "pueden", "hacer", "hace",
	)
)

// Stopword reports whether word, folded, is a stopword in language lang:
// "id" uses our Indonesian list, "ms" the Indonesian list and Malay
// spellings, "en" our English list, "es" our Spanish list. No word is a
// stopword in any other language.
func Stopword(lang, word string) bool {
	switch lang {
	case "id":
		return stopwordsID[word]
	case "ms":
		return stopwordsID[word] || stopwordsMS[word]
	case "en":
		return stopwordsEN[word]
	case "es":
		return stopwordsES[word]
	}
	return false
}
