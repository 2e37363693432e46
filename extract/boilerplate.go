package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reasons for removing a line, as reported in Result.Removed.
const (
	ReasonNav         = "nav"               // navigation residue: menus, skip links, section names
	ReasonWidget      = "widget"            // ads, share buttons, size pickers, "scroll to continue"
	ReasonEmbed       = "embed"             // embedded-post residue: "[Gambas:Video 20detik]", "View this post on Instagram"
	ReasonRelated     = "related link"      // "Baca juga: ...", "Read also: ..."
	ReasonSyndication = "syndication"       // "Artikel ini telah tayang di ..."
	ReasonLogo        = "logo"              // "Logo Bloomberg Technoz"
	ReasonMasthead    = "masthead"          // "WARTA PAGI | Berita Pilihan Hari Ini": the outlet's name and slogan above the headline
	ReasonByline      = "byline"            // "Laporan Wartawan ...", "Penulis: ...", "Editor: ..."
	ReasonSignOff     = "sign-off"          // "(ant)", "[ab/uh]", "(*)", an editor's name in parentheses at the end
	ReasonCaption     = "duplicate caption" // a line identical to the previous one
	ReasonDuplicate   = "duplicate"         // a long line repeated from earlier in the text
	ReasonGlued       = "glued duplicate"   // a line that the next lines repeat piece by piece
	ReasonSeparator   = "separator"         // a line of symbols only: "***", "--------"
	ReasonDate        = "date"              // a date line in the header, reported as Published
	ReasonPhoto       = "photo credit"      // a caption that opens with its credit: "DOK. PT X ...", "KOMPAS.com/NAMA ..."
	ReasonKicker      = "section label"     // "GAYA HIDUP" above the lead: the section, not the story
	ReasonCopyright   = "copyright"         // "© 2020 Harian Timur. All rights reserved."
)

// exactLines maps a whole line, lower-cased and stripped of trailing
// punctuation, to the reason it is boilerplate. These lines carry no content
// in any context: a paragraph that says only "Share" is a button.
var exactLines = buildExactLines()

func buildExactLines() map[string]string {
	m := make(map[string]string)
	add := func(reason string, lines ...string) {
		for _, l := range lines {
			m[l] = reason
		}
	}
	add(ReasonNav,
		"tautan-tautan akses", "accessibility links", "skip to content", "skip to main content",
		"skip navigation", "lompat ke konten", "lewati ke konten", "menu", "home", "beranda", "forum",
		"recommended", "rekomendasi", "rekomendasi untuk anda", "terpopuler", "populer", "most popular",
		"most read", "trending", "terkini", "berita terkini", "related", "related articles",
		"related stories", "related news", "berita terkait", "artikel terkait", "topik terkait",
		"tags", "tag", "topics", "topik", "next", "previous", "sebelumnya", "selanjutnya",
		"halaman selanjutnya", "back to top", "kembali ke atas", "you may also like",
		"anda mungkin juga suka", "lihat semua", "see all", "load more", "muat lainnya",
		"tampilkan lainnya", "no more pages", "more stories", "berita lainnya", "baca berita lainnya",
		"pilihan editor", "editor's picks", "editors' picks", "newsletter", "sections", "search",
		"cari", "pencarian", "close", "tutup", "login", "log in", "masuk", "sign in", "sign up",
		"daftar", "register")
	add(ReasonWidget,
		"advertisement", "advertisment", "iklan", "ads", "sponsored", "sponsored content",
		"konten sponsor", "konten bersponsor", "scroll to continue", "scroll to continue with content",
		"scroll untuk melanjutkan", "gulir untuk melanjutkan", "lanjutkan membaca", "continue reading",
		"share", "share this", "share this article", "share this story", "bagikan", "bagikan artikel ini",
		"bagikan berita ini", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "line",
		"pinterest", "email", "e-mail", "copy link", "copy", "salin tautan", "salin link", "link copied",
		"tautan disalin", "print", "cetak", "comments", "komentar", "tulis komentar", "listen",
		"listen to this article", "dengarkan", "dengarkan artikel ini", "dengarkan berita ini",
		"xs", "sm", "md", "lg", "xl", "xxl", "a", "a-", "a+", "aa", "font", "ukuran teks",
		"ukuran huruf", "text size", "subscribe", "berlangganan", "loading", "loading...", "play",
		"putar", "follow", "ikuti kami", "follow us")
	add(ReasonRelated,
		"baca juga", "read also", "read more", "also read", "lihat juga", "simak juga", "see also",
		"baca selengkapnya", "baca selengkapnya di sini", "selengkapnya", "simak selengkapnya",
		"klik di sini", "click here", "related coverage")
	// The same families in the other languages of the HTML test pages
	// (German, Spanish, French), which share the HTML path.
	add(ReasonNav,
		"kategorien", "kategorie", "categories", "category", "temas", "tema", "themen",
		"neueste artikel", "neueste kommentare", "neueste beiträge", "empfohlene beiträge",
		"mehr zum thema", "weitere artikel", "weitere themen", "ähnliche artikel", "verwandte artikel",
		"das könnte sie auch interessieren", "das könnte dich auch interessieren",
		"lust auf mehr", "vorschau auf den nächsten artikel", "nächster artikel", "vorheriger artikel",
		"à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "te puede interesar",
		"también te puede interesar", "lee también", "noticias relacionadas", "más noticias",
		"keine kommentare", "kommentare", "kommentar schreiben", "no comments", "leave a comment",
		"leave a reply", "sie sind aktuell nicht eingeloggt", "pressemitteilungen", "community")
	add(ReasonWidget,
		"wird geladen", "lädt", "bild anzeigen", "teilen", "teilen mit", "diesen artikel teilen",
		"artikel teilen", "drucken", "compartir", "partager", "imprimer", "imprimir",
		"alle angaben ohne gewähr", "getty images", "image illustrative", "pdf", "anzeige", "werbung",
		"weitere informationen", "kontakt", "more information", "contact", "bild anzeigen bild schließen",
		"veröffentlichung", "veröffentlicht", "mehr kolumnen")
	return m
}

// prefixLines are the starts of short lines that are boilerplate whatever
// follows: link lines, embed residue, syndication notes. Matched on the
// lower-cased line; a line longer than maxPrefixWords is taken for content.
var prefixLines = []struct{ prefix, reason string }{
	{"baca juga", ReasonRelated},
	{"bacajuga", ReasonRelated},
	{"baca_juga", ReasonRelated},
	{"read also", ReasonRelated},
	{"also read", ReasonRelated},
	{"read more:", ReasonRelated},
	{"lihat juga:", ReasonRelated},
	{"simak juga:", ReasonRelated},
	{"simak juga video", ReasonRelated},
	{"simak video", ReasonRelated},
	{"lihat video", ReasonRelated},
	{"lihat juga video", ReasonRelated},
	{"tonton juga", ReasonRelated},
	{"tonton video", ReasonRelated},
	{"baca selengkapnya", ReasonRelated},
	{"baca:", ReasonRelated},
	{"simak juga:", ReasonRelated},
	{"pilihan editor:", ReasonRelated},
	{"pilihan editor :", ReasonRelated},
	{"editor's pick:", ReasonRelated},
	{"simak berita selengkapnya", ReasonRelated},
	{"berita selengkapnya", ReasonRelated},
	{"baca berita", ReasonRelated},
	{"saksikan live", ReasonWidget},
	{"saksikan video", ReasonWidget},
	{"ikuti whatsapp channel", ReasonWidget},
	{"ikuti berita", ReasonWidget},
	{"ikuti kami di", ReasonWidget},
	{"dapatkan update berita", ReasonWidget},
	{"download aplikasi", ReasonWidget},
	{"unduh aplikasi", ReasonWidget},
	{"follow us on", ReasonWidget},
	{"sign up for", ReasonWidget},
	{"subscribe to", ReasonWidget},
	{"view this post on", ReasonEmbed},
	{"a post shared by", ReasonEmbed},
	{"lihat postingan ini di", ReasonEmbed},
	{"sebuah kiriman dibagikan oleh", ReasonEmbed},
	{"[gambas:", ReasonEmbed},
	{"artikel ini telah tayang", ReasonSyndication},
	{"artikel ini telah naik", ReasonSyndication},
	{"artikel ini telah terbit", ReasonSyndication},
	{"artikel ini pertama kali", ReasonSyndication},
	{"artikel ini bersumber dari", ReasonSyndication},
	{"this article first appeared", ReasonSyndication},
	{"this article originally appeared", ReasonSyndication},
	{"this story was originally published", ReasonSyndication},
	{"this story first appeared", ReasonSyndication},
	{"category:", ReasonNav},
	{"category :", ReasonNav},
	{"categories:", ReasonNav},
	{"kategorie:", ReasonNav},
	{"kategorien:", ReasonNav},
	{"tags:", ReasonNav},
	{"schlagwörter:", ReasonNav},
	{"release date:", ReasonDate},
	{"veröffentlicht am", ReasonDate},
	{"letzte änderung", ReasonDate},
	{"aufrufe:", ReasonWidget},
	{"teilen mit:", ReasonWidget},
	{"den artikel mit anderen teilen", ReasonWidget},
	{"artikel gefallen?", ReasonWidget},
	{"siguenos en", ReasonWidget},
	{"síguenos en", ReasonWidget},
	{"suivez-nous", ReasonWidget},
	{"folgen sie uns", ReasonWidget},
	{"to view the full story", ReasonWidget},
	{"subscribe now", ReasonWidget},
	{"sign up to get", ReasonWidget},
	{"crédits photos", ReasonPhoto},
	{"crédit photo", ReasonPhoto},
	{"bildquelle:", ReasonPhoto},
	{"das könnte sie auch", ReasonRelated},
	{"mehr zum thema", ReasonRelated},
	{"lesen sie auch", ReasonRelated},
	{"lesen sie mehr", ReasonRelated},
	{"weiterlesen", ReasonRelated},
	{"à lire aussi", ReasonRelated},
	{"lire aussi", ReasonRelated},
	{"lee también", ReasonRelated},
	{"te puede interesar", ReasonRelated},
	{"verraten sie gerne in den kommentaren", ReasonWidget},
	{"keine kommentare", ReasonNav},
	{"lesen sie hier:", ReasonRelated},
	{"our standards:", ReasonWidget},
	{"copyright:", ReasonCopyright},
	{"veröffentlichung:", ReasonDate},
	{"letzte aktualisierung", ReasonDate},
	{"inscription à", ReasonWidget},
	{"entdecke weitere", ReasonRelated},
	{"lust auf mehr?", ReasonWidget},
	{"image illustrative", ReasonPhoto},
	{"bild anzeigen", ReasonWidget},
	{"*werbung", ReasonWidget},
	{"werbung:", ReasonWidget},
	{"anzeige -", ReasonWidget},
	{"anzeige:", ReasonWidget},
}

const maxPrefixWords = 25

// bylinePrefixes start a byline line: who wrote or edited the article.
// author says whether the name that follows is the author's.
var bylinePrefixes = []struct {
	prefix string
	author bool
}{
	{"penulis:", true},
	{"reporter:", true},
	{"pewarta:", true},
	{"wartawan:", true},
	{"kontributor:", true},
	{"writer:", true},
	{"written by", true},
	{"reporting by", true},
	{"oleh:", true},
	{"by ", true},
	{"editor:", false},
	{"redaktur:", false},
	{"penyunting:", false},
	{"editing by", false},
	{"edited by", false},
	{"penerjemah:", false},
	{"diadaptasi oleh", false},
	{"fotografer:", false},
	{"sumber:", false},
	{"sumber berita", false},
	{"source:", false},
	{"quelle:", false},
	{"quellen:", false},
	{"quellenangaben:", false},
	{"von:", true},
}

var (
	// signOffLine is an editor's initials alone on a line: "(ssst)", "[ab/uh]", "(*)".
	// One word in capitals ("[CNET]", "(AFP)") is more often a source
	// credit inside the text; trimTail takes it at the very end only.
	signOffLine = regexp.MustCompile(`^[(\[]\s*(?:\*|\p{Ll}{1,6}|\p{L}{1,6}(?:\s*[/,-]\s*\p{L}{1,6})+)\s*[)\]]$`)
	// signOffCaps is "(RZK)": initials in capitals, a sign-off at the end.
	signOffCaps = regexp.MustCompile(`^[(\[]\s*\p{Lu}{2,6}\s*[)\]]$`)
	// signOffTail is the same sign-off at the end of a sentence.
	signOffTail = regexp.MustCompile(`([.!?"”’)])\s*([(\[]\s*(?:\*|\p{Ll}{1,6}(?:\s*/\s*\p{Ll}{1,6})*|\p{Lu}{2,4}(?:\s*/\s*\p{Lu}{2,4})+)\s*[)\]])$`)
	// nameInParens is a trailing "(Kemas Irawan Nurrachman)".
	nameInParens = regexp.MustCompile(`^\(\s*\p{Lu}[\p{L}.']*(?:\s+\p{Lu}[\p{L}.']*){0,3}\s*\)$`)
	// tweetSignature is the last line of an embedded tweet.
	tweetSignature = regexp.MustCompile(`^[—–-]\s*.{1,60}\(@\w{1,30}\)`)
	// bylineReport is the Tribun-style "Laporan Wartawan Tribunnews.com Namira Yunia Lestanti".
	bylineReport = regexp.MustCompile(`^(?i:laporan\s+(?:wartawan|reporter|koresponden|kontributor|jurnalis))\s+(\S+\.\p{L}{2,}(?:\.\p{L}{2,})?)\s+(.{2,60})$`)
	// bylineReportComma is "Laporan Wartawan Harian Timur, Rudi Hartanto":
	// an outlet in words, a comma, the reporter.
	bylineReportComma = regexp.MustCompile(`^(?i:laporan\s+(?:wartawan|reporter|koresponden|kontributor|jurnalis))\s+(\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*){0,3})\s*,\s*(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4})$`)
	// logoLine is "Logo Bloomberg Technoz" or "Bloomberg Technoz logo".
	logoLine = regexp.MustCompile(`^(?i:logo)\s+(\S.{1,40})$|^(\S.{1,40}?)\s+(?i:logo)$`)
)

var (
	// commentCount heads a comment section: "11 Antworten zu ...", "3 comments on ...".
	commentCount = regexp.MustCompile(`^\d{1,5}\s+(?i:antworten|kommentare|comments|responses|replies|reaktionen|komentar|tanggapan)\s+(?i:zu|on|to|auf|untuk)\b`)
	// bareDomain is a line that is only a site's address: "BVINEWS.COM".
	bareDomain = regexp.MustCompile(`^(?i:(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.id|id|de|at|ch|fr|es|co\.uk|info))$`)
	// socialFollow asks the reader to follow the site on a social network.
	socialFollow = regexp.MustCompile(`^(?i:follow|folge|folgen sie|siguenos|síguenos|suivez|ikuti)\b.*(?i:twitter|facebook|instagram|telegram|tiktok|youtube|linkedin|whatsapp)`)
)

// maxPromoWords is how long a line asking the reader to follow the site
// or install its app may be.
const maxPromoWords = 30

// appPromo reports whether a lower-cased line asks the reader to install
// the site's app: it names both app stores and a verb for downloading.
func appPromo(lower string) bool {
	if !strings.Contains(lower, "android") || !strings.Contains(lower, "ios") {
		return false
	}
	for _, v := range []string{"download", "unduh", "herunterladen", "descarga", "télécharge", "install"} {
		if strings.Contains(lower, v) {
			return true
		}
	}
	return false
}

// accountPhrases are what a paywall or a comment box says to a reader
// who is not logged in or subscribed.
var accountPhrases = []string{
	"already a subscriber", "log in for immediate access", "must be logged in", "sign up here",
	"müssen sie eingeloggt sein", "jetzt registrieren", "einfach hier klicken",
	"sudah berlangganan", "silakan login", "harus login",
}

// accountPrompt reports whether a lower-cased line is such a prompt.
func accountPrompt(lower string) bool {
	for _, p := range accountPhrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// maxCopyrightWords is how long a copyright line may be.
const maxCopyrightWords = 20

// maxCaptionWords is how long a caption that opens with its photo credit
// may be; a longer line is a paragraph that happens to start alike.
const maxCaptionWords = 40

// photoCredit is a photo credit glued to the front of its caption, as
// Indonesian sites print it: "DOK. PT TBS ENERGI UTAMA TBK...",
// "dok.Xpeng...", "KOMPAS.com/RARINDRA...", "Tokopedia/kompas.com...",
// "ANTARA FOTO/Aditya...". A caption under "Foto:" is the caption itself:
// it stays, once.
var photoCredit = regexp.MustCompile(`^(?:(?i:dok)\.\s?\S|[\p{L}\d.]*(?i:\.com|foto)/\S|[\p{L}\d.]+/(?i:[\p{L}\d]+\.com)\S)`)

// kickerLink is a related link under a kicker in capitals, as in
// "PIALA AFF: Kapan Piala AFF 2016 Digelar?": one to four words in
// capitals and a colon, then a headline in Title Case without a final
// period. The first line of a text has the same shape when it is the
// headline ("KPK: Tersangka Dipanggil"), so the cleaner asks only below it.
func kickerLink(line string) bool {
	label, title, ok := strings.Cut(line, ":")
	if !ok || len(label) > 30 || !isUpperWord(label) || wordCount(label) > 4 {
		return false
	}
	title = strings.TrimSpace(title)
	return title != "" && headlineLike(title) && wordCount(title) <= 14
}

// lineFinding is what classifying one line found: the reason to drop it (""
// to keep it) and any metadata the line gave away.
type lineFinding struct {
	reason         string
	author, outlet string
}

// classify judges one trimmed, non-empty line on its own.
func classify(line string) lineFinding {
	words := wordCountUpTo(line, maxPrefixWords+1) // exact up to maxPrefixWords
	if words > maxPrefixWords {
		// Every family is short; a long line is content unless it is an
		// embedded tweet's signature.
		if line[0] != '(' && line[0] != '[' && tweetSignature.MatchString(line) {
			return lineFinding{reason: ReasonEmbed}
		}
		return lineFinding{}
	}
	if (line[0] == '(' || line[0] == '[') && signOffLine.MatchString(line) {
		return lineFinding{reason: ReasonSignOff}
	}
	if !hasAlnum(line) {
		return lineFinding{reason: ReasonSeparator}
	}
	lower := strings.ToLower(line)
	if len(lower) <= 48 {
		key := strings.TrimRight(lower, " .:!|»›>")
		if r, ok := exactLines[key]; ok {
			return lineFinding{reason: r}
		}
		// "(Alle Angaben ohne Gewähr)", "[Advertisement]".
		if n := len(key); n > 2 && (key[0] == '(' && key[n-1] == ')' || key[0] == '[' && key[n-1] == ']') {
			if r, ok := exactLines[strings.TrimSpace(key[1:n-1])]; ok {
				return lineFinding{reason: r}
			}
		}
	}
	// Tokenised corpora put a space before a colon ("Baca juga : ...").
	norm := strings.ReplaceAll(lower, " :", ":")
	for _, p := range prefixLines {
		if strings.HasPrefix(norm, p.prefix) {
			return lineFinding{reason: p.reason}
		}
	}
	if commentCount.MatchString(line) {
		return lineFinding{reason: ReasonNav}
	}
	if bareDomain.MatchString(line) {
		return lineFinding{reason: ReasonLogo, outlet: outletName(line)}
	}
	if words <= maxPromoWords && (socialFollow.MatchString(line) || appPromo(lower) || accountPrompt(lower)) {
		return lineFinding{reason: ReasonWidget}
	}
	if words <= maxCopyrightWords && (strings.HasPrefix(line, "©") || strings.HasPrefix(lower, "copyright ©") ||
		strings.HasPrefix(lower, "(c) ") && strings.Contains(lower, "rights reserved")) {
		return lineFinding{reason: ReasonCopyright}
	}
	if (line[0] == '(' || line[0] == '[') && len(norm) > 1 {
		// "(Baca Juga: ...)": a link line in brackets.
		inner := strings.TrimLeft(norm[1:], " ")
		for _, p := range prefixLines {
			if p.reason == ReasonRelated && strings.HasPrefix(inner, p.prefix) {
				return lineFinding{reason: p.reason}
			}
		}
	}
	if words <= maxCaptionWords && photoCredit.MatchString(line) {
		return lineFinding{reason: ReasonPhoto}
	}
	switch line[0] {
	case '-':
		if tweetSignature.MatchString(line) {
			return lineFinding{reason: ReasonEmbed}
		}
	default:
		if strings.HasPrefix(line, "—") || strings.HasPrefix(line, "–") {
			if tweetSignature.MatchString(line) {
				return lineFinding{reason: ReasonEmbed}
			}
		}
	}
	if words <= 6 {
		if m := logoLine.FindStringSubmatch(line); m != nil {
			return lineFinding{reason: ReasonLogo, outlet: outletName(m[1] + m[2])}
		}
	}
	if f, ok := byline(line, lower, words); ok {
		return f
	}
	return lineFinding{}
}

// byline recognises a byline or credit line and the author it names.
func byline(line, lower string, words int) (lineFinding, bool) {
	if words > 16 {
		return lineFinding{}, false
	}
	if m := bylineReportComma.FindStringSubmatch(line); m != nil {
		return lineFinding{reason: ReasonByline, outlet: outletName(m[1]), author: m[2]}, true
	}
	if m := bylineReport.FindStringSubmatch(line); m != nil {
		return lineFinding{reason: ReasonByline, outlet: outletName(m[1]), author: strings.TrimSpace(m[2])}, true
	}
	// "(Penulis: A, B | Editor: C)": credits in parentheses, fields split by "|".
	inner := line
	if strings.HasPrefix(line, "(") && strings.HasSuffix(line, ")") && len(line) >= 2 {
		inner = line[1 : len(line)-1]
	}
	found, author := false, ""
	for field := range strings.SplitSeq(inner, "|") {
		orig := strings.TrimSpace(field)
		f := strings.ReplaceAll(strings.ToLower(orig), " :", ":")
		matched := false
		for _, p := range bylinePrefixes {
			if strings.HasPrefix(f, p.prefix) {
				matched = true
				if p.author && author == "" {
					// Lower-casing may change byte lengths; the prefixes are
					// ASCII, so cut as many runes as the prefix has bytes.
					author = strings.Trim(strings.TrimSpace(dropRunes(orig, len(p.prefix))), " :,;")
				}
				break
			}
		}
		if !matched {
			return lineFinding{}, false
		}
		found = true
	}
	if !found {
		return lineFinding{}, false
	}
	// "By" and "Sumber" start sentences too; a credit is a name, not a clause.
	if (strings.HasPrefix(lower, "by ") || strings.HasPrefix(lower, "sumber:") || strings.HasPrefix(lower, "source:")) &&
		(words > 8 || strings.ContainsAny(strings.TrimRight(line, "."), ".!?")) {
		return lineFinding{}, false
	}
	if strings.HasPrefix(lower, "by ") && !isCapitalized(author) {
		return lineFinding{}, false
	}
	return lineFinding{reason: ReasonByline, author: author}, true
}

// dropRunes returns s without its first n runes.
func dropRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[i:]
		}
		n--
	}
	return ""
}

// outletName spells an outlet the way it is usually written: a site name
// in capitals becomes "Tribunnews.com", "Kompas.com", "Republika.co.id";
// a mixed-case one ("Liputan6.com", "detikNews") stays as written.
func outletName(s string) string {
	s = strings.TrimSpace(strings.Trim(s, " ,.-–—:()[]"))
	if s == "" {
		return ""
	}
	name, suffix, hasDot := strings.Cut(s, ".")
	if isUpperWord(name) && (hasDot || utf8.RuneCountInString(name) > 3) {
		words := strings.Fields(strings.ToLower(name))
		for i, w := range words {
			r, n := utf8.DecodeRuneInString(w)
			words[i] = string(unicode.ToUpper(r)) + w[n:]
		}
		name = strings.Join(words, " ")
	}
	if hasDot {
		return name + "." + strings.ToLower(suffix)
	}
	return name
}

// isUpperWord reports whether s has letters and all of them are upper case.
func isUpperWord(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// isCapitalized reports whether s starts with an upper-case letter.
func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// hasAlnum reports whether s holds a letter or a digit.
func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// wordCount counts the space-separated words of s.
func wordCount(s string) int { return wordCountUpTo(s, len(s)) }

// wordCountUpTo is wordCount, but stops counting at max.
func wordCountUpTo(s string, max int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < max; {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
