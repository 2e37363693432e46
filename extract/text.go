package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta"
)

// textLine is one non-empty line of the input on its way through the cleaner.
type textLine struct {
	text  string
	n     int                 // the line's number in the input, from 1
	drop  string              // reason for dropping the line; "" keeps it
	title bool                // the line is the headline: it goes to Title, not Body
	blank bool                // an empty line came before it in the input
	cut   []warta.RemovedLine // pieces cut out of a kept line
}

// minDuplicateWords is how long a line must be for a repeat of it far from
// the first copy to count as a duplicate; short lines ("Jakarta", list items)
// repeat legitimately.
const minDuplicateWords = 8

// minGluedBytes is how long the next line must be before a line that merely
// starts with it is taken for a scraper's glued copy.
const minGluedBytes = 40

// Text cleans plain text: boilerplate lines out, the headline as Title, and
// outlet, author and dateline read from the text. The body keeps one
// paragraph per line. Text is idempotent on its Body: Text(Text(s).Body).Body
// equals Text(s).Body.
func Text(s string) Result {
	return cleanText(s, false)
}

// Options adjust the plain-text cleaner; the zero Options cleans as Text.
type Options struct {
	// Repeats, if set, is evidence from the other articles of a batch: a
	// line that recurs in many articles of Outlet is dropped as
	// ReasonRepeated, unless a rule already names its family.
	Repeats *Repeats
	// Outlet is the OutletKey of the article being cleaned.
	Outlet string
}

// TextWith is Text with options. With Repeats set, it is idempotent on its
// Body only as far as the counts stay the same.
func TextWith(s string, o Options) Result {
	r, _ := cleanLines(s, false, o)
	return r
}

// cleanText is Text for plain text (fromHTML false) or for the main text
// the HTML extractor found. Two rules are for plain text only. A scraper of
// plain text that read a page twice leaves runs of repeated lines, but the
// HTML extractor drops its own duplicates, so a repeat in its output is the
// page's (the same plan for two days of a diet). And the HTML extractor
// keeps an embedded post whole, so the signature under it ("— Name
// (@handle) date") attributes the quote above it rather than being left
// over from an embed that is gone.
func cleanText(s string, fromHTML bool) Result {
	r, _ := cleanLines(s, fromHTML, Options{})
	return r
}

// cleanLines is cleanText that also returns the lines with their verdicts.
func cleanLines(s string, fromHTML bool, o Options) (Result, []textLine) {
	lines := splitLines(s)

	var r Result
	var bylineOutlet, logoOutlet string

	for i := range lines {
		l := &lines[i]
		f := classifyFor(l.text, fromHTML)
		if f.reason == "" && i > 0 && !fromHTML && kickerLink(l.text) {
			f.reason = ReasonRelated
		}
		if f.reason == "" && o.Repeats != nil && o.Repeats.Repeated(o.Outlet, l.text) {
			f.reason = ReasonRepeated
		}
		if f.reason == "" {
			continue
		}
		l.drop = f.reason
		if r.Author == "" {
			r.Author = f.author
		}
		switch f.reason {
		case ReasonLogo:
			logoOutlet = first(logoOutlet, f.outlet)
		default:
			bylineOutlet = first(bylineOutlet, f.outlet)
		}
	}
	dropKicker(lines)
	markDuplicates(lines, !fromHTML)
	trimTail(lines, fromHTML)
	mastheadOutlet := header(lines, &r)
	logoOutlet = first(logoOutlet, mastheadOutlet)

	// The dateline opens the lead; a caption may come first, so look at the
	// first few body lines, but trust a bare "Place –" after the first only
	// when the place is in capitals ("SENDANGREJO —").
	body := 0
	for i := range lines {
		l := &lines[i]
		if l.drop != "" || l.title {
			continue
		}
		if body++; body > 3 {
			break
		}
		p, o, repaired, ok := datelineKnown(l.text, first(bylineOutlet, logoOutlet))
		if !ok || (body > 1 && o == "" && !isUpperWord(p)) {
			continue
		}
		r.Dateline, l.text = p, repaired
		bylineOutlet = first(o, bylineOutlet)
		break
	}
	r.Outlet = first(bylineOutlet, logoOutlet)

	var b strings.Builder
	repair := !fromHTML && looksIndonesian(lines)
	var listed *listedMemo
	if repair {
		listed = newListedMemo()
	}
	for i := range lines {
		l := &lines[i]
		r.Removed = append(r.Removed, l.cut...)
		if l.drop == "" && repair {
			// Scrapers of plain text glue words where links were; the
			// HTML extractor keeps the spaces of the markup. The rules
			// ran on the glued text (the glue marks where a link or a
			// dateline ends), so a repair that would make a kept line
			// look like boilerplate is not made: Text stays idempotent.
			if fixed := repairGlued(l.text, listed); fixed != l.text && classify(fixed).reason == "" {
				l.text = fixed
			}
		}
		switch {
		case l.drop != "":
			r.Removed = append(r.Removed, warta.RemovedLine{Text: l.text, Reason: l.drop})
		case l.title:
			r.Title = l.text
		default:
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(l.text)
		}
	}
	r.Body = b.String()
	return r, lines
}

// classifyFor is classify, keeping the signatures of embedded posts in
// text from HTML (see cleanText).
func classifyFor(line string, fromHTML bool) lineFinding {
	f := classify(line)
	if fromHTML && f.reason == ReasonEmbed && tweetSignature.MatchString(line) {
		return lineFinding{}
	}
	return f
}

// first returns a unless it is empty, and b then.
func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// lineBreaks turns every line break into "\n".
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n")

// splitLines normalises s and returns its non-empty lines, each trimmed,
// with runs of spaces collapsed, stray " ." endings repaired and "Baca juga"
// links that a scraper glued into a paragraph cut out.
func splitLines(s string) []textLine {
	s = lineBreaks.Replace(s)
	var lines []textLine
	blank := false
	n := 0
	for raw := range strings.SplitSeq(s, "\n") {
		n++
		t := normalizeSpace(raw)
		if t == "" {
			blank = true
			continue
		}
		t = fixStrayPeriod(t)
		l := textLine{text: t, n: n, blank: blank}
		l.text, l.cut = cutGluedLinks(l.text)
		if l.text != "" {
			lines = append(lines, l)
			blank = false
		}
	}
	return lines
}

// normalizeSpace maps every kind of space to " ", drops zero-width and
// control characters, collapses runs and trims the ends.
func normalizeSpace(s string) string {
	if plainASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r == '\u200b', r == '\u200c', r == '\u200d', r == '\ufeff', r == '\u00ad', r == '\u2060':
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// plainASCII reports whether s is printable ASCII with single spaces
// inside and none at the ends: already normal.
func plainASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || (c == ' ' && s[i-1] == ' ') {
			return false
		}
	}
	return true
}

// fixStrayPeriod repairs a line that ends in " ." (an artefact of removed
// links): "(AS). ." becomes "(AS).", "word ." becomes "word.".
func fixStrayPeriod(t string) string {
	for strings.HasSuffix(t, " .") {
		base := strings.TrimRight(t[:len(t)-1], " ")
		last, _ := utf8.DecodeLastRuneInString(base)
		if strings.ContainsRune(".!?…\"”’", last) {
			t = base
		} else {
			t = base + "."
		}
	}
	return t
}

// gluedLink finds "Baca juga" and its kin glued after the end of a sentence.
var gluedLink = regexp.MustCompile(`[.!?"”]\s*((?i:baca juga|read also|also read|lihat juga)\s*:?\s*)`)

// cutGluedLinks removes related-link titles that a scraper glued into a
// paragraph ("...fisik.Baca JugaJudul LainAmar membuka..."). The link title
// ends where a lower-case letter runs into a capital with no space between,
// or at the end of the line.
func cutGluedLinks(t string) (string, []warta.RemovedLine) {
	if !mentionsLink(t) {
		return t, nil
	}
	var cut []warta.RemovedLine
	for range 8 {
		m := gluedLink.FindStringSubmatchIndex(t)
		if m == nil {
			break
		}
		start, after := m[2], m[3]
		end := len(t)
		if i := glueAt(t[after:]); i > 0 {
			end = after + i
		}
		cut = append(cut, warta.RemovedLine{Text: strings.TrimSpace(t[start:end]), Reason: ReasonRelated})
		t = strings.TrimSpace(strings.TrimSpace(t[:start]) + " " + strings.TrimSpace(t[end:]))
	}
	return t, cut
}

// minLinkWords is how many words a glued link title has at least: the
// markup inside a title glues words too ("JakPro Sambut BaikTitle Sponsor"),
// so the title ends at the first glue after this many words.
const minLinkWords = 5

// mentionsLink is a cheap test for the words gluedLink looks for. "juga"
// ("also") is common in Indonesian prose, so where it is the only cue,
// the whole "baca juga" or "lihat juga" must be there, in any case (none
// of their letters has a non-ASCII case form that gluedLink would match).
func mentionsLink(t string) bool {
	for _, w := range []string{"also", "Also", "ALSO"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	for _, w := range []string{"juga", "Juga", "JUGA"} {
		if strings.Contains(t, w) {
			return containsFoldASCII(t, "baca juga") || containsFoldASCII(t, "lihat juga")
		}
	}
	return false
}

// containsFoldASCII reports whether s contains the lower-case ASCII word
// w, comparing ASCII letters without regard to case.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// glueAt returns the byte offset in s where the glued link title ends: the
// first point after minLinkWords words where a word runs into a capital
// with no space between ("PekerjaJadi", "Ribu“Yang", "Vision+Akankah"),
// or -1.
func glueAt(s string) int {
	var prev rune
	words := 0
	for i, r := range s {
		if unicode.IsSpace(r) {
			words++
		}
		if words+1 >= minLinkWords &&
			(unicode.IsLower(prev) || unicode.IsDigit(prev) || strings.ContainsRune("?!+)”\"", prev)) &&
			(unicode.IsUpper(r) || r == '“') {
			return i
		}
		prev = r
	}
	return -1
}

// minCaptionWords is how long a line must be for a copy right under it to
// count as a caption printed twice; short lines repeat in tables ("0").
const minCaptionWords = 4

// minRepeatRun is how many lines in a row must repeat earlier ones for
// them to count as a second copy of the article: a lone repeated line is
// content (the same question put to each guest, a recipe's list of
// portions), a run of them is a scraper that read the page twice.
const minRepeatRun = 3

// markDuplicates drops a line identical to the previous kept line (a
// caption printed twice), a run of lines repeated from earlier in the text
// (a scraper that read the article twice), and a line that merely glues
// together the lines after it. A run counts when it is minRepeatRun lines
// long, or two lines that end the text, and holds a long line.
func markDuplicates(lines []textLine, repeats bool) {
	seen := make(map[string]bool)
	repeated := make([]bool, len(lines))
	prev := ""
	for i := range lines {
		l := &lines[i]
		if l.drop != "" {
			continue
		}
		if next := nextKept(lines, i, l.text); next != "" && len(next) >= minGluedBytes &&
			len(l.text) > len(next) && strings.HasPrefix(l.text, next) {
			l.drop = ReasonGlued
			continue
		}
		if l.text == prev && wordCount(l.text) >= minCaptionWords {
			l.drop = ReasonCaption
			continue
		}
		repeated[i] = seen[l.text]
		seen[l.text] = true
		prev = l.text
	}
	if !repeats {
		return
	}
	// Mark the qualifying runs of repeated kept lines.
	var run []int
	flush := func(atEnd bool) {
		long := false
		for _, j := range run {
			long = long || wordCount(lines[j].text) >= minDuplicateWords
		}
		if long && (len(run) >= minRepeatRun || (atEnd && len(run) >= 2)) {
			for _, j := range run {
				lines[j].drop = ReasonDuplicate
			}
		}
		run = run[:0]
	}
	for i := range lines {
		if lines[i].drop != "" {
			continue
		}
		if repeated[i] {
			run = append(run, i)
		} else if len(run) > 0 {
			flush(false)
		}
	}
	if len(run) > 0 {
		flush(true)
	}
}

// nextKept returns the text of the first kept line after i that is not
// same (a copy of line i is no evidence that line i is glued), or "".
func nextKept(lines []textLine, i int, same string) string {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].drop == "" && lines[j].text != same {
			return lines[j].text
		}
	}
	return ""
}

// trimTail drops an editor's name in parentheses after the last paragraph
// and cuts a sign-off such as "(ant)" or "[ab/uh]" from the end of it.
func trimTail(lines []textLine, fromHTML bool) {
	for i := len(lines) - 1; i >= 0; i-- {
		l := &lines[i]
		if l.drop != "" {
			continue
		}
		// signOffTail ends in a bracket at the end of the text: a line
		// ending otherwise needs no scan.
		for strings.HasSuffix(l.text, ")") || strings.HasSuffix(l.text, "]") {
			m := signOffTail.FindStringSubmatchIndex(l.text)
			if m == nil {
				break
			}
			l.cut = append(l.cut, warta.RemovedLine{Text: l.text[m[4]:m[5]], Reason: ReasonSignOff})
			l.text = strings.TrimSpace(l.text[:m[4]])
		}
		// What is left may be boilerplate itself ("Share.(ab)"): judge it
		// again, so that a second run finds nothing more to do.
		if nameInParens.MatchString(l.text) || signOffCaps.MatchString(l.text) {
			l.drop = ReasonSignOff
			continue
		}
		if f := classifyFor(l.text, fromHTML); f.reason != "" {
			l.drop = f.reason
			continue
		}
		return
	}
}

// header reads the lines before the lead: date lines go to Published, a
// masthead above the headline is dropped and its outlet returned, and a
// headline becomes the title. A text that starts with its lead paragraph
// has no title: the first paragraph is never promoted.
//
// A headline is a Title Case line followed by body text, or a short line of
// headline shape (also in sentence case) followed by a dateline paragraph
// or set off from the body by an empty line. The body that Text returns
// has no empty lines, so a title taken for its empty line alone is taken
// only when the body left behind would not yield a title of its own: Text
// stays idempotent on its Body.
func header(lines []textLine, r *Result) (outlet string) {
	for i := range lines {
		l := &lines[i]
		if l.drop != "" {
			continue
		}
		if dateLine(l.text) {
			l.drop = ReasonDate
			if r.Published == "" {
				r.Published = l.text
			}
			continue
		}
		if o, ok := masthead(l.text); ok {
			if next := nextContent(lines, i); next >= 0 && (headlineLike(lines[next].text) || sentenceHeadline(lines[next].text)) {
				l.drop = ReasonMasthead
				outlet = first(outlet, o)
				continue
			}
		}
		switch {
		case titleAt(lines, i):
		case sentenceHeadline(l.text) && separated(lines, i):
			if next := nextContent(lines, i); next < 0 || headerWouldChange(lines, next) {
				return outlet
			}
		default:
			return outlet
		}
		l.title = true
		// Date lines right under the headline still go to Published.
		for j := i + 1; j < len(lines); j++ {
			if lines[j].drop != "" {
				continue
			}
			if !dateLine(lines[j].text) {
				break
			}
			lines[j].drop = ReasonDate
			if r.Published == "" {
				r.Published = lines[j].text
			}
		}
		return outlet
	}
	return outlet
}

// titleAt reports whether line i is a headline whatever the empty lines
// around it: a Title Case line followed by body text, or a line of
// headline shape followed by a dateline paragraph.
func titleAt(lines []textLine, i int) bool {
	next := nextContent(lines, i)
	if next < 0 {
		return false
	}
	t, n := lines[i].text, lines[next].text
	if headlineLike(t) && bodyLike(n) {
		return true
	}
	if sentenceHeadline(t) && bodyLike(n) {
		if p, o, _, ok := dateline(n); ok && (p != "" || o != "") {
			return true
		}
	}
	return false
}

// headerWouldChange reports whether header, run on the lines from i on
// with no empty lines among them, would drop or promote line i: what a
// second run of Text would do to the body that starts there.
func headerWouldChange(lines []textLine, i int) bool {
	t := lines[i].text
	if dateLine(t) || titleAt(lines, i) {
		return true
	}
	if _, ok := masthead(t); ok {
		if next := nextContent(lines, i); next >= 0 && (headlineLike(lines[next].text) || sentenceHeadline(lines[next].text)) {
			return true
		}
	}
	return false
}

// nextContent returns the index of the first kept line after i that is not
// a date line, or -1.
func nextContent(lines []textLine, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].drop == "" && !dateLine(lines[j].text) {
			return j
		}
	}
	return -1
}

// separated reports whether an empty line comes between line i and the
// next content line (after any date or dropped lines).
func separated(lines []textLine, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].blank {
			return true
		}
		if lines[j].drop == "" && !dateLine(lines[j].text) {
			return false
		}
	}
	return false
}

// dropKicker drops a section label above the lead ("GAYA HIDUP",
// "EKONOMI"): a first line of one to three words in capitals, letters
// only, with a paragraph of body text right under it. A headline is
// longer, and a dateline is followed by a dash and the lead on its line.
func dropKicker(lines []textLine) {
	first := -1
	for i := range lines {
		if lines[i].drop == "" {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	t := lines[first].text
	if n := wordCount(t); n > 3 || !isUpperWord(t) {
		return
	}
	for _, r := range t {
		if !unicode.IsLetter(r) && r != ' ' {
			return
		}
	}
	for j := first + 1; j < len(lines); j++ {
		if lines[j].drop != "" {
			continue
		}
		if wordCount(lines[j].text) > 12 {
			lines[first].drop = ReasonKicker
		}
		return
	}
}
