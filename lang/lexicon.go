package lang

import (
	"unicode"
	"unicode/utf8"
)

// Word classes of the lexicon, as bit flags: a word may belong to several.
const (
	classFunctionEN      = 1 << iota // English function word
	classFunctionIDM                 // function word shared by Indonesian and Malay
	classMarkerID                    // spelling or word choice of Indonesian, not Malay
	classMarkerMS                    // spelling or word choice of Malay, not Indonesian
	classFunctionES                  // Spanish function word
	classFunctionRomance             // function word of Portuguese, Italian or French, not Spanish
)

// functionEN lists frequent English words that are rare in Indonesian and
// Malay text.
var functionEN = []string{
	"the", "of", "and", "to", "in", "is", "that", "for", "was", "on", "with",
	"as", "said", "by", "at", "from", "his", "he", "she", "it", "be", "are",
	"have", "has", "were", "this", "which", "an", "will", "not", "but",
	"they", "their", "who", "had", "been", "would", "its", "or", "we",
	"more", "after", "about", "than", "there", "also", "when", "out", "into",
}

// functionIDM lists frequent words that Indonesian and Malay share.
var functionIDM = []string{
	"yang", "dan", "di", "ke", "dari", "dengan", "untuk", "ini", "itu", "pada",
	"dalam", "tidak", "akan", "juga", "oleh", "adalah", "atau", "sebagai",
	"telah", "kepada", "ada", "mereka", "dia", "lebih", "sudah", "para",
	"namun", "seperti", "hingga", "masih", "menjadi", "antara", "hanya",
	"kami", "kita", "saya", "belum", "jika", "agar", "sejak", "sangat",
	"tersebut", "ia", "bagi", "serta", "tahun", "kata", "ketika", "secara",
	"tetapi", "selain", "lagi", "terhadap", "mengenai",
	// Words below are also markers of one standard; as function words they
	// count for the group.
	"karena", "kerana", "bahwa", "bahawa", "yaitu", "yakni", "iaitu",
	"daripada", "beliau", "boleh", "bisa", "sahaja", "saja", "setelah",
	"selepas", "ialah",
}

// functionES lists frequent Spanish words written without accents. Words
// that Indonesian also uses ("para", "si", "lo", "ya", "mi") and single
// letters other than "y" are left out.
var functionES = []string{
	"de", "la", "que", "el", "en", "y", "los", "del", "las", "por", "un",
	"con", "una", "su", "al", "como", "pero", "sus", "le", "fue", "este", "es",
	"ha", "porque", "esta", "son", "entre", "cuando", "muy", "sin", "sobre",
	"ser", "tiene", "hasta", "hay", "donde", "han", "desde", "todo", "nos",
	"durante", "uno", "ni", "contra", "ese", "eso", "otro", "otros", "esto",
	"tras", "dijo", "sido", "estaba", "mientras", "unos", "ante", "cual",
	"todos",
}

// functionRomance lists frequent function words of Portuguese, Italian and
// French that Spanish does not have: a text full of them is in one of
// those languages even when Spanish words ("de", "la", "que") abound too.
var functionRomance = []string{
	// Portuguese
	"os", "em", "um", "uma", "com", "ao", "das", "na", "pela", "pelo",
	"foi", "seu", "sua", "ele", "mais", "isso", "muito", "tem",
	// Italian
	"il", "che", "per", "non", "della", "delle", "degli", "nel", "nella",
	"sono", "anche", "questo", "gli", "alla", "dei", "stato",
	// French
	"et", "des", "du", "est", "pour", "une", "dans", "qui", "pas", "sur",
	"au", "aux", "ont", "sont", "avec", "ce", "cette", "elle", "leur", "les",
}

// markersID lists words that Indonesian uses where Malay uses another word
// or spelling.
var markersID = []string{
	"pemerintah", "pemerintahan", "karena", "kemarin", "uang", "yaitu",
	"yakni", "bahwa", "bisa", "mau", "saja", "tapi", "persen", "miliar",
	"triliun", "rupiah", "kantor", "polisi", "kepolisian", "perusahaan",
	"pernyataan", "kendaraan", "delapan", "senin", "kamis", "jumat",
	"agustus", "juni", "juli", "maret", "desember", "nggak", "enggak",
	"banget", "gratis", "coba", "mencoba", "setelah", "provinsi", "kabupaten",
	"bupati", "gubernur", "wib", "mobil", "tersangka", "wisatawan", "aparat",
	"kabar", "bilang", "bikin", "dong", "sih", "lho",
}

// markersMS lists words that Malay uses where Indonesian uses another word
// or spelling.
var markersMS = []string{
	"kerajaan", "kerana", "semalam", "wang", "iaitu", "bahawa", "mahu",
	"sahaja", "selepas", "lepas", "manakala", "peratus", "bilion",
	"syarikat", "kenyataan", "kenderaan", "lapan", "isnin", "khamis",
	"jumaat", "ogos", "julai", "disember", "polis", "pejabat",
	"percuma", "cuba", "mencuba", "tiada", "baharu", "sebarang", "berkuasa",
	"teksi", "kakitangan", "ahad", "ringgit", "myt", "pelancong", "gabenor",
	"suspek", "menerusi", "bagaimanapun", "memandangkan", "terbabit",
	"susulan", "berhubung",
}

// lexicon maps a lower-case word to its classes.
var lexicon = buildLexicon()

func buildLexicon() map[string]uint8 {
	m := make(map[string]uint8)
	add := func(words []string, class uint8) {
		for _, w := range words {
			m[w] |= class
		}
	}
	add(functionEN, classFunctionEN)
	add(functionIDM, classFunctionIDM)
	add(markersID, classMarkerID)
	add(markersMS, classMarkerMS)
	add(functionES, classFunctionES)
	add(functionRomance, classFunctionRomance)
	return m
}

// evidence is what the lexicon found in a text.
type evidence struct {
	words    int // words read
	letters  int // letters read
	visible  int // non-space runes read
	invalid  int // invalid UTF-8 bytes and control characters
	en       int // English function words
	idm      int // Indonesian–Malay function words
	markerID int // Indonesian markers
	markerMS int // Malay markers
	es       int // Spanish function words
	romance  int // Portuguese, Italian and French function words
}

// maxWordLen bounds the words the lexicon looks up; longer ones are counted
// as words but never match.
const maxWordLen = 24

// readEvidence scans s word by word and counts lexicon hits. It reads
// bytes, lower-casing ASCII in a fixed buffer, so it does not allocate.
func readEvidence(s string) evidence {
	var ev evidence
	var buf [maxWordLen]byte
	n := 0 // length of the current word; > maxWordLen means too long
	inWord := false
	flush := func() {
		if !inWord {
			return
		}
		ev.words++
		if n <= maxWordLen {
			class := lexicon[string(buf[:n])]
			if class&classFunctionEN != 0 {
				ev.en++
			}
			if class&classFunctionIDM != 0 {
				ev.idm++
			}
			if class&classMarkerID != 0 {
				ev.markerID++
			}
			if class&classMarkerMS != 0 {
				ev.markerMS++
			}
			if class&classFunctionES != 0 {
				ev.es++
			}
			if class&classFunctionRomance != 0 {
				ev.romance++
			}
		}
		n = 0
		inWord = false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				ev.letters++
				ev.visible++
				if n < maxWordLen {
					buf[n] = c | 0x20
				}
				n++
				inWord = true
			case c == '\'' && inWord:
				// "don't", "Qur'an": an apostrophe inside a word does not end it.
				ev.visible++
				if n < maxWordLen {
					buf[n] = c
				}
				n++
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				flush()
			case c < 0x20 || c == 0x7f:
				ev.invalid++
				flush()
			default:
				ev.visible++
				flush()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			ev.invalid++
			flush()
		case unicode.IsLetter(r):
			// Non-ASCII letters belong to words we never look up
			// (the lexicon is ASCII), but they are still letters.
			ev.letters++
			ev.visible++
			n = maxWordLen + 1
			inWord = true
		case unicode.IsSpace(r):
			flush()
		case unicode.IsControl(r):
			ev.invalid++
			flush()
		default:
			ev.visible++
			flush()
		}
	}
	flush()
	return ev
}
