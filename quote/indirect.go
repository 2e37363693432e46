package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// indirect finds reported speech in sentence i, trying in turn: a cue after
// the content ("..., kata Shin", "..., Smith said"), a speech verb before it
// ("Kim mengatakan bahwa ...", "Blinken said that ..."), and a source
// phrase ("Menurut Yonhap, ...", "..., according to KCNA"); the last only
// when no direct quote of the sentence is attributed after it. A sentence
// that is mostly a direct quote yields nothing here.
func (x *extractor) indirect(i int, attributed bool) (found, bool) {
	s := x.sents[i]
	if x.quotedShare(s.start, s.end) > 0.5 {
		return found{}, false
	}
	ws := words(x.body, s.start, s.end)
	if len(ws) < 4 {
		return found{}, false
	}
	if f, ok := x.trailingCue(s, ws); ok {
		return f, true
	}
	if f, ok := x.verbCue(s, ws); ok {
		return f, true
	}
	if attributed {
		return found{}, false
	}
	return x.sourcePhrase(s, ws)
}

// build makes an indirect quote of body[start:end], trimmed, if it holds at
// least three words and is not mostly a direct quote.
func (x *extractor) build(start, end int, cue string, anchor int) (found, bool) {
	start, end = trimIndirect(x.body, start, end)
	if start >= end || countWords(x.body, start, end, 3) < 3 || x.quotedShare(start, end) > 0.5 {
		return found{}, false
	}
	return found{
		q:      warta.Quote{Text: x.body[start:end], Cue: cue, Kind: warta.QuoteIndirect, Start: start, End: end},
		anchor: anchor,
	}, true
}

// trailingCue handles "CONTENT, kata X." and "CONTENT, X said." and
// "CONTENT, said X." and "CONTENT, katanya.".
func (x *extractor) trailingCue(s span, ws []word) (found, bool) {
	for k := 3; k < len(ws); k++ {
		w := ws[k]
		if !precededByComma(x.body, s.start, w.start) || x.quoted(w.start) {
			continue
		}
		comma := strings.LastIndexByte(x.body[s.start:w.start], ',') + s.start
		if x.closesQuote(comma) {
			continue // the cue of a direct quote
		}
		lw := strings.ToLower(w.text)
		var f found
		var ok bool
		switch {
		case afterCues[lw] && lw != "told" && lw != "asked":
			if k+1 < len(ws) && !x.speakerFollows(ws[k+1], s.end) {
				continue // "Trump, speaking ..., said he would ..."
			}
			if f, ok = x.build(s.start, comma, lw, w.start); ok {
				x.speakerAfterCue(&f, w.end, s.end)
			}
		case strings.HasSuffix(lw, "nya") && afterCues[strings.TrimSuffix(lw, "nya")]:
			if f, ok = x.build(s.start, comma, lw, w.start); ok {
				f.pronoun = true
			}
		case pronouns[lw] && k+1 < len(ws) && afterCues[strings.ToLower(ws[k+1].text)] && k+3 >= len(ws):
			if f, ok = x.build(s.start, comma, strings.ToLower(ws[k+1].text), w.start); ok {
				f.pronoun = true
			}
		default:
			// "CONTENT, Smith said." and "CONTENT, a senior official said on
			// Tuesday.": a short source phrase, the cue, and little after it.
			n := k + 1
			for n < len(ws) && n-k < 6 && !afterCues[strings.ToLower(ws[n].text)] {
				n++
			}
			if n >= len(ws) || !afterCues[strings.ToLower(ws[n].text)] || x.quoted(ws[n].start) || !shortTail(x.body, ws[n].end, s.end) {
				continue
			}
			if strings.ContainsAny(x.body[w.start:ws[n].start], ",;:") {
				continue
			}
			if f, ok = x.build(s.start, comma, strings.ToLower(ws[n].text), w.start); ok {
				if pronouns[lw] {
					f.pronoun = true
				} else if e, found := x.pickSpeaker(w.start, ws[n].start, true); found {
					f.q.Speaker, f.anchor = e.Canonical, e.Start
				} else {
					f.q.Speaker = x.body[w.start:ws[n-1].end]
				}
			}
		}
		if ok {
			return f, true
		}
	}
	return found{}, false
}

// speakerFollows reports whether w, the word after a trailing cue, opens a
// speaker: a capitalised word, an entity, or a word of speakerOpeners (a
// pronoun only when little follows it: "..., said he.").
func (x *extractor) speakerFollows(w word, end int) bool {
	lw := strings.ToLower(w.text)
	if pronouns[lw] {
		return shortTail(x.body, w.start, end)
	}
	if speakerOpeners[lw] {
		return true
	}
	if _, ok := x.entityAt(w.start); ok {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r)
}

// shortTail reports whether the text after a trailing cue, up to the next
// comma or the end of the sentence, has at most three words: "said Friday
// afternoon, as ...", "says, is the greatest ...".
func shortTail(body string, from, to int) bool {
	if k := strings.IndexByte(body[from:to], ','); k >= 0 {
		to = from + k
	}
	return countWords(body, from, to, 4) <= 3
}

// closesQuote reports whether a direct quote's content ends right before
// pos (allowing the closing mark).
func (x *extractor) closesQuote(pos int) bool {
	i := sort.Search(len(x.inside), func(i int) bool { return x.inside[i].end > pos })
	return i > 0 && pos-x.inside[i-1].end <= 4
}

// verbCue handles "X mengatakan (bahwa) CONTENT" and "X said (that)
// CONTENT".
func (x *extractor) verbCue(s span, ws []word) (found, bool) {
	var buf [32]byte
	for k, w := range ws {
		key := text.AppendLower(buf[:0], w.text)
		if !speechVerbs[string(key)] && !thatVerbs[string(key)] || x.quoted(w.start) || k == 0 {
			continue
		}
		lw := strings.ToLower(w.text)
		// Content starts after "bahwa"/"that" when one comes soon, else
		// right after the verb.
		start := w.end
		reach := 12
		if thatVerbs[lw] {
			start, reach = -1, 3
		}
		for j := k + 1; j < len(ws) && j <= k+reach; j++ {
			if thatWords[strings.ToLower(ws[j].text)] {
				start = ws[j].end
				break
			}
			if x.quoted(ws[j].start) {
				break
			}
		}
		if start < 0 {
			continue // a that-verb with no that-clause
		}
		if start == w.end && k+1 < len(ws) && prepositions[strings.ToLower(ws[k+1].text)] {
			continue // "explained in an interview ..."
		}
		f, ok := x.build(start, s.end, lw, w.start)
		if !ok {
			continue
		}
		x.subject(&f, s.start, w.start)
		if f.q.Speaker == "" && !f.pronoun {
			continue // "Hal itu menyebut ..." names no one
		}
		return f, true
	}
	return found{}, false
}

// sourcePhrase handles "Menurut X, CONTENT", "CONTENT, menurut X",
// "According to X, CONTENT" and "CONTENT, according to X".
func (x *extractor) sourcePhrase(s span, ws []word) (found, bool) {
	var buf [32]byte
	for k, w := range ws {
		key := text.AppendLower(buf[:0], w.text)
		isSource := string(key) == menurut || string(key) == "according" && k+1 < len(ws) && strings.ToLower(ws[k+1].text) == "to"
		if !isSource || x.quoted(w.start) {
			continue
		}
		lw := strings.ToLower(w.text)
		cue := lw
		nameFrom := w.end
		if lw == "according" {
			cue = "according to"
			nameFrom = ws[k+1].end
		}
		comma := strings.IndexByte(x.body[nameFrom:s.end], ',')
		var f found
		var ok bool
		if k <= 1 && comma >= 0 {
			// Menurut X, CONTENT
			if f, ok = x.build(nameFrom+comma+1, s.end, cue, w.start); ok {
				x.speakerAfterCue(&f, nameFrom, nameFrom+comma)
			}
		} else if k > 3 && precededByComma(x.body, s.start, w.start) {
			// CONTENT, menurut X
			c := strings.LastIndexByte(x.body[s.start:w.start], ',') + s.start
			if f, ok = x.build(s.start, c, cue, w.start); ok {
				x.speakerAfterCue(&f, nameFrom, s.end)
			}
		}
		if ok {
			return f, true
		}
	}
	return found{}, false
}

// trimIndirect trims spaces, a final full stop, surrounding commas and an
// editor's tag after the last full stop ("... dari Rusia. [ab/uh]").
func trimIndirect(body string, start, end int) (int, int) {
	if t := strings.TrimRightFunc(body[start:end], unicode.IsSpace); strings.HasSuffix(t, "]") || strings.HasSuffix(t, ")") {
		if k := strings.LastIndexAny(t, "(["); k > 0 && strings.HasSuffix(strings.TrimRightFunc(t[:k], unicode.IsSpace), ".") {
			end = start + k
		}
	}
	for start < end {
		r, n := utf8.DecodeRuneInString(body[start:end])
		if !unicode.IsSpace(r) && r != ',' && r != ':' {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(body[start:end])
		if !unicode.IsSpace(r) && r != ',' && r != '.' && r != ';' {
			break
		}
		end -= n
	}
	return start, end
}

// quotedShare returns the share of [start, end) that lies inside direct
// quotes.
func (x *extractor) quotedShare(start, end int) float64 {
	if end <= start {
		return 0
	}
	in := 0
	for i := sort.Search(len(x.inside), func(i int) bool { return x.inside[i].end > start }); i < len(x.inside) && x.inside[i].start < end; i++ {
		q := x.inside[i]
		lo, hi := max(q.start, start), min(q.end, end)
		if hi > lo {
			in += hi - lo
		}
	}
	return float64(in) / float64(end-start)
}
