package timeline

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// Merge thresholds: how much of a mention's weighted content an entry must
// share for the mention to join it. A mention of the very same date needs
// less than one whose date only falls within the entry's (a month
// mention of a day's event).
const (
	sameDateOverlap = 0.22
	withinOverlap   = 0.5
	// announcedOverlap is what a coarser past mention must share with an
	// entry whose own sentences announce something: what was announced
	// then is likely the later happening the mention recalls, another
	// entry ("pada bulan Juni" after "akan mengunjungi" on 12 June).
	announcedOverlap = 0.8
	minClauseWords   = 3 // content words a clause needs to be compared on its own
	leadSentences    = 3 // how far into an article its news of the day is dated
	leadDays         = 7 // how long before publication the news of the day may lie
	summaryBytes     = 320
	titleWords       = 14
)

// Build returns the timeline of story. articles must hold every article
// the story's events name; groups are the report groups, used to count
// independent sources.
//
// Each of the story's events becomes an entry of kind reported, dated by
// the day its articles' leads name (or the event's date), and each
// calendar date the articles mention becomes a reported, background or
// scheduled entry of its own; mentions of the same date and happening in
// several articles are merged into one entry with all their evidence.
func Build(story warta.Storyline, articles map[string]*warta.Article, groups []warta.ReportGroup) warta.Timeline {
	b := newBuilder(story, articles, groups)
	b.newsOfTheDay()
	b.datedMentions()
	return b.timeline()
}

// mention is one article's account of an entry: a sentence, the date
// expression in it (if any) and how it tells it.
type mention struct {
	art   *warta.Article
	p     period // zero when undated
	kind  string
	sent  text.Span
	date  text.Span // the date expression; zero when none
	words map[string]bool
	// clause holds the words of the clause around the date expression
	// when the sentence has more clauses than that one; nil otherwise.
	clause map[string]bool
	// anchors are the sentence's language-independent content (see
	// sentenceAnchors).
	anchors map[string]bool
	lead    bool // the article's news of the day
}

// entry is a timeline entry being built.
type entry struct {
	p        period
	title    string // the stored event's title, for news of the day
	mentions []mention
	words    map[string]bool
	// checked counts the mentions that announces has read; future says
	// whether one of them announces something.
	checked int
	future  bool
}

// builder holds what Build works with: the storyline's articles, their
// sentences, the weights of their words, and the entries made so far.
type builder struct {
	story   warta.Storyline
	arts    map[string]*warta.Article
	order   []*warta.Article // the story's articles in publication order
	rank    map[string]int
	sents   map[string][]text.Span
	idf     map[string]float64
	aidf    map[string]float64    // weights of anchors
	outlets map[string]bool       // the keys (addOutletKeys) of the articles' outlets
	known   map[string]knownNames // each article's names that are no sources, once read
	groupOf map[string]string
	start   time.Time // the storyline's first publication day; zero when none is dated
	used    map[string]map[int]bool
	lead    map[string]*entry    // the entry telling each article's news of the day
	proxy   map[string]time.Time // for articles without a date, their event's day
	entries []*entry
}

func newBuilder(story warta.Storyline, articles map[string]*warta.Article, groups []warta.ReportGroup) *builder {
	b := &builder{
		story: story, arts: articles, rank: map[string]int{}, sents: map[string][]text.Span{},
		idf: map[string]float64{}, aidf: map[string]float64{}, outlets: map[string]bool{}, known: map[string]knownNames{}, groupOf: map[string]string{}, used: map[string]map[int]bool{},
		lead: map[string]*entry{}, proxy: map[string]time.Time{},
	}
	for i, g := range groups {
		key := g.ID
		if key == "" {
			key = "group-" + strconv.Itoa(i)
		}
		for _, id := range g.Articles {
			b.groupOf[id] = "g:" + key
		}
	}
	seen := map[string]bool{}
	for _, ev := range story.Events {
		for _, id := range ev.Articles {
			if a := articles[id]; a != nil && !seen[id] {
				seen[id] = true
				b.order = append(b.order, a)
			}
		}
	}
	slices.SortStableFunc(b.order, func(x, y *warta.Article) int {
		px, okx := published(x)
		py, oky := published(y)
		if okx != oky {
			if okx {
				return -1
			}
			return 1
		}
		return cmp.Or(px.Compare(py), cmp.Compare(x.ID, y.ID))
	})
	df, adf := map[string]int{}, map[string]int{}
	for i, a := range b.order {
		b.rank[a.ID] = i
		addOutletKeys(b.outlets, a.Outlet)
		b.sents[a.ID] = nonEmpty(a.Body, text.Sentences(a.Body))
		all, anchors := map[string]bool{}, map[string]bool{}
		for _, sp := range b.sents[a.ID] {
			for w := range sentenceWords(a, sp) {
				all[w] = true
			}
			for k := range sentenceAnchors(a, sp, text.Span{}) {
				anchors[k] = true
			}
		}
		for w := range all {
			df[w]++
		}
		for k := range anchors {
			adf[k]++
		}
		if p, ok := published(a); ok && (b.start.IsZero() || p.Before(b.start)) {
			b.start = p
		}
	}
	n := float64(len(b.order))
	for w, d := range df {
		b.idf[w] = math.Log(1 + n/float64(d))
	}
	// An anchor that every article has weighs nothing.
	for k, d := range adf {
		b.aidf[k] = math.Log((n + float64(d)) / (2 * float64(d)))
	}
	return b
}

// nonEmpty drops spans of white space only.
func nonEmpty(body string, spans []text.Span) []text.Span {
	out := spans[:0:0]
	for _, sp := range spans {
		if strings.TrimSpace(body[sp.Start:sp.End]) != "" {
			out = append(out, sp)
		}
	}
	return out
}

// published returns an article's publication day.
func published(a *warta.Article) (time.Time, bool) {
	if len(a.Published) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", a.Published[:10])
	return t, err == nil
}

// sentenceOf returns the span of the sentence of a that holds bytes
// [start, end), widened to hold all of them.
func (b *builder) sentenceOf(a *warta.Article, start, end int) text.Span {
	spans := b.sents[a.ID]
	i, _ := slices.BinarySearchFunc(spans, start, func(sp text.Span, off int) int {
		if sp.End <= off {
			return -1
		}
		if sp.Start > off {
			return 1
		}
		return 0
	})
	sp := text.Span{Start: start, End: end}
	if i < len(spans) && spans[i].Start <= start {
		sp = spans[i]
	} else if i > 0 {
		sp = spans[i-1]
	}
	sp.Start = min(sp.Start, start)
	for j := i; j < len(spans) && spans[j].Start < end; j++ {
		sp.End = max(sp.End, spans[j].End)
	}
	sp.End = max(sp.End, end)
	return sp
}

// newsOfTheDay makes one reported entry per stored event, dated by the
// day its articles' leads name.
func (b *builder) newsOfTheDay() {
	for _, ev := range b.story.Events {
		// An article without a date of its own is read as of its event's
		// date, and its lead does not vote on the entry's date unless no
		// dated article does.
		evDay, evDated := time.Time{}, false
		if p, ok := parsePeriod(ev.Date); ok && p.precision == warta.PrecisionDay {
			evDay, evDated = p.start, true
		}
		var ms []mention
		votes, weak := map[string]int{}, map[string]int{}
		for _, id := range ev.Articles {
			a := b.arts[id]
			if a == nil {
				continue
			}
			pub, hasPub := published(a)
			if !hasPub {
				pub, hasPub = evDay, evDated
			}
			m := b.leadMention(a, pub, hasPub)
			if m.p.value != "" {
				if _, own := published(a); own {
					votes[m.p.value]++
				} else {
					weak[m.p.value]++
				}
			}
			ms = append(ms, m)
		}
		if len(votes) == 0 {
			votes = weak
		}
		e := &entry{title: ev.Title, words: map[string]bool{}}
		best := ""
		for v, n := range votes {
			if n > votes[best] || n == votes[best] && v < best {
				best = v
			}
		}
		if best == "" {
			best = ev.Date
		}
		if p, ok := parsePeriod(best); ok {
			e.p = p
		}
		for _, m := range ms {
			b.add(e, m)
			b.lead[m.art.ID] = e
			if _, own := published(m.art); !own && e.p.precision == warta.PrecisionDay {
				b.proxy[m.art.ID] = e.p.start
			}
		}
		b.entries = append(b.entries, e)
	}
}

// publication returns an article's publication day, or, for an article
// without one, the day of the event it belongs to.
func (b *builder) publication(a *warta.Article) (time.Time, bool) {
	if t, ok := published(a); ok {
		return t, true
	}
	t, ok := b.proxy[a.ID]
	return t, ok
}

// leadMention returns an article's news of the day: the first sentence of
// its lead that names a day shortly before publication, or else its first
// sentence, dated by publication.
func (b *builder) leadMention(a *warta.Article, pub time.Time, hasPub bool) mention {
	spans := b.sents[a.ID]
	if len(spans) > leadSentences {
		spans = spans[:leadSentences]
	}
	if len(spans) > 0 {
		for i, t := range a.Timexes {
			if t.Start < 0 || t.End > len(a.Body) || t.Start >= t.End || t.Start >= spans[len(spans)-1].End ||
				(t.Type != warta.TimexDate && t.Type != warta.TimexTime) {
				continue
			}
			p, ok := parsePeriod(t.Value)
			if !ok || p.precision != warta.PrecisionDay {
				continue
			}
			if hasPub && (p.start.After(pub) || p.start.Before(pub.AddDate(0, 0, -leadDays))) {
				continue
			}
			b.use(a.ID, i)
			sp := b.sentenceOf(a, t.Start, t.End)
			m := b.mention(a, p, warta.KindReported, sp, text.Span{Start: t.Start, End: t.End})
			m.lead = true
			return m
		}
	}
	var p period
	if hasPub {
		p = day(pub)
	}
	sp := text.Span{}
	if len(spans) > 0 {
		sp = spans[0]
	}
	m := b.mention(a, p, warta.KindReported, sp, text.Span{})
	m.lead = true
	for _, w := range text.ContentWords(a.Language, a.Title) {
		m.words[w] = true
	}
	return m
}

func (b *builder) use(id string, i int) {
	if b.used[id] == nil {
		b.used[id] = map[int]bool{}
	}
	b.used[id][i] = true
}

func (b *builder) mention(a *warta.Article, p period, kind string, sent, date text.Span) mention {
	words := map[string]bool{}
	if sent.End > sent.Start {
		words = sentenceWords(a, sent)
	}
	m := mention{art: a, p: p, kind: kind, sent: sent, date: date, words: words, anchors: sentenceAnchors(a, sent, date)}
	if date.End > date.Start {
		if cl := clauseOf(a.Body, sent, date); cl != sent {
			if cw := sentenceWords(a, cl); len(cw) >= minClauseWords {
				m.clause = cw
			}
		}
	}
	return m
}

// datedMentions turns every calendar date the articles mention into a
// mention, and merges each into the entry it tells, or a new one.
func (b *builder) datedMentions() {
	var ms []mention
	for _, a := range b.order {
		pub, hasPub := b.publication(a)
		for i, t := range a.Timexes {
			if b.used[a.ID][i] || (t.Type != warta.TimexDate && t.Type != warta.TimexTime) {
				continue
			}
			p, ok := parsePeriod(t.Value)
			if !ok || t.Start < 0 || t.End > len(a.Body) || t.Start >= t.End {
				continue
			}
			sp := b.sentenceOf(a, t.Start, t.End)
			kind := b.kindOf(p, pub, hasPub, a.Body[sp.Start:t.Start])
			if kind == "" {
				continue
			}
			ms = append(ms, b.mention(a, p, kind, sp, text.Span{Start: t.Start, End: t.End}))
		}
	}
	// Finest dates first, so that an entry takes the most precise date
	// that any of its mentions gives.
	slices.SortStableFunc(ms, func(x, y mention) int {
		return cmp.Or(cmp.Compare(precisionRank[x.p.precision], precisionRank[y.p.precision]),
			cmp.Compare(b.rank[x.art.ID], b.rank[y.art.ID]))
	})
	for _, m := range ms {
		var best *entry
		bestSim, bestByWords := 0.0, false
		for _, e := range b.entries {
			if e.p.value == "" || !e.p.compatible(m.p) || (e.kind() == warta.KindScheduled) != (m.kind == warta.KindScheduled) {
				continue
			}
			if e.has(m) {
				best = nil
				bestSim = math.Inf(1)
				break
			}
			need := threshold(e, m)
			sim := b.overlap(m.words, e.words)
			byWords := sim >= need
			same := e.p.value == m.p.value
			if sim < need && same && m.clause != nil {
				// A long sentence may tell the date in one of its
				// clauses ("..., ending a wait that began when the
				// project was first proposed in 2009").
				sim = max(sim, b.overlap(m.clause, e.words))
			}
			if sim < need && same {
				// Accounts in other words, or in another language, of
				// the same happening share their anchors.
				if x := b.anchorMatch(m, e); x >= max(need, minAnchorShare) {
					sim = x
				}
			}
			if sim >= need && sim > bestSim {
				best, bestSim, bestByWords = e, sim, byWords
			}
		}
		switch {
		case math.IsInf(bestSim, 1):
			continue // the same sentence already tells this entry
		case best != nil && !bestByWords:
			// Joined by a clause or by anchors: its other words do not
			// widen what the entry is about.
			best.mentions = append(best.mentions, m)
		case best != nil:
			b.add(best, m)
		default:
			e := &entry{p: m.p, words: map[string]bool{}}
			b.add(e, m)
			b.entries = append(b.entries, e)
		}
	}
}

// kindOf says how an article tells a date it mentions: scheduled when the
// date lies after publication, or on its day with a future cue before
// the expression; background when it ended well before publication or
// before the storyline began; reported otherwise. It returns "" for a
// month or year that holds the publication day and is not announced: a
// vague "this year" tells no event of its own.
func (b *builder) kindOf(p period, pub time.Time, hasPub bool, before string) string {
	if !hasPub {
		if futureTense(before) {
			return warta.KindScheduled
		}
		return warta.KindReported
	}
	switch {
	case p.start.After(pub):
		return warta.KindScheduled
	case p.end.Before(pub):
		if p.end.Before(pub.AddDate(0, 0, -backgroundDays)) || (!b.start.IsZero() && p.end.Before(b.start.AddDate(0, 0, -leadDays))) {
			return warta.KindBackground
		}
		return warta.KindReported
	case futureTense(before):
		return warta.KindScheduled
	case p.precision == warta.PrecisionDay:
		return warta.KindReported
	}
	return ""
}

// threshold returns how much of m's weighted content e must share for m
// to join it.
func threshold(e *entry, m mention) float64 {
	switch {
	case e.p.value == m.p.value:
		return sameDateOverlap
	case m.kind != warta.KindScheduled && e.announces():
		return announcedOverlap
	}
	return withinOverlap
}

// announces reports whether any sentence of e has a future cue. It reads
// each mention once.
func (e *entry) announces() bool {
	for ; !e.future && e.checked < len(e.mentions); e.checked++ {
		m := e.mentions[e.checked]
		e.future = m.sent.End > m.sent.Start && futureCue.MatchString(m.art.Body[m.sent.Start:m.sent.End])
	}
	return e.future
}

// has reports whether e already holds m's sentence.
func (e *entry) has(m mention) bool {
	for _, o := range e.mentions {
		if o.art == m.art && o.sent == m.sent {
			return true
		}
	}
	return false
}

func (b *builder) add(e *entry, m mention) {
	e.mentions = append(e.mentions, m)
	for w := range m.words {
		e.words[w] = true
	}
	if m.p.value != "" && (e.p.value == "" || m.p.finer(e.p)) && e.p.compatible(m.p) {
		e.p = m.p
	}
}

// kind is reported when any article reports the entry, scheduled when
// every article announces it, and background otherwise.
func (e *entry) kind() string {
	kinds := map[string]bool{}
	for _, m := range e.mentions {
		kinds[m.kind] = true
	}
	switch {
	case kinds[warta.KindReported]:
		return warta.KindReported
	case kinds[warta.KindBackground]:
		return warta.KindBackground
	case kinds[warta.KindScheduled]:
		return warta.KindScheduled
	}
	return warta.KindReported
}

// overlap returns the share of m's weighted content that e holds too.
// Words that most articles of the storyline share weigh little.
func (b *builder) overlap(m, e map[string]bool) float64 {
	var shared, total float64
	for w := range m {
		idf := b.idf[w]
		if idf == 0 {
			idf = math.Log(2)
		}
		total += idf
		if e[w] {
			shared += idf
		}
	}
	if total == 0 {
		return 0
	}
	return shared / total
}

// timeline turns the entries into the storyline's timeline.
func (b *builder) timeline() warta.Timeline {
	tl := warta.Timeline{Storyline: b.story.ID, Title: b.story.Title, Events: []warta.TimelineEvent{}}
	// What is new is judged in publication order; an article without a
	// date of its own takes its place by its event's day.
	reading := slices.Clone(b.order)
	slices.SortStableFunc(reading, func(x, y *warta.Article) int {
		px, okx := b.publication(x)
		py, oky := b.publication(y)
		if okx != oky {
			if okx {
				return -1
			}
			return 1
		}
		return px.Compare(py)
	})
	tl.New = novelty(reading, b.sents)
	newSpans := map[string][]warta.NewSpan{}
	for _, nc := range tl.New {
		newSpans[nc.Article] = nc.Spans
	}
	slices.SortStableFunc(b.entries, func(x, y *entry) int {
		if (x.p.value == "") != (y.p.value == "") {
			if x.p.value == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(x.p.start.Compare(y.p.start),
			-cmp.Compare(precisionRank[x.p.precision], precisionRank[y.p.precision]))
	})
	claimed := map[string]bool{}
	for _, e := range b.entries {
		if len(e.mentions) == 0 {
			continue
		}
		te := b.event(e, newSpans)
		b.attach(e, &te, claimed, false)
		tl.Events = append(tl.Events, te)
	}
	// Quotes and claims outside every entry's evidence go with their
	// article's news of the day.
	k := 0
	for _, e := range b.entries {
		if len(e.mentions) == 0 {
			continue
		}
		if b.leadOf(e) > 0 {
			b.attach(e, &tl.Events[k], claimed, true)
		}
		k++
	}
	return tl
}

// leadOf counts the articles whose news of the day e tells.
func (b *builder) leadOf(e *entry) int {
	n := 0
	for id, le := range b.lead {
		if le == e && b.arts[id] != nil {
			n++
		}
	}
	return n
}

// event makes the timeline event of e.
func (b *builder) event(e *entry, newSpans map[string][]warta.NewSpan) warta.TimelineEvent {
	te := warta.TimelineEvent{
		Date: e.p.value, Precision: e.p.precision, Kind: e.kind(),
		Articles: []string{}, Sources: []string{}, Evidence: []warta.Evidence{},
	}
	ms := slices.Clone(e.mentions)
	slices.SortStableFunc(ms, func(x, y mention) int {
		return cmp.Or(cmp.Compare(b.rank[x.art.ID], b.rank[y.art.ID]), cmp.Compare(x.sent.Start, y.sent.Start))
	})
	for _, m := range ms {
		if !slices.Contains(te.Articles, m.art.ID) {
			te.Articles = append(te.Articles, m.art.ID)
			if o := outletName(m.art); !slices.Contains(te.Sources, o) {
				te.Sources = append(te.Sources, o)
			}
		}
		if m.sent.End <= m.sent.Start {
			continue
		}
		ev := warta.Evidence{Article: m.art.ID, Start: m.sent.Start, End: m.sent.End, Kind: m.kind}
		if m.date.End > m.date.Start {
			ev.DateStart, ev.DateEnd = m.date.Start, m.date.End
		}
		for _, ns := range newSpans[m.art.ID] {
			if ns.Start < m.sent.End && m.sent.Start < ns.End {
				ev.New = true
			}
		}
		te.Evidence = append(te.Evidence, ev)
	}
	slices.Sort(te.Sources)
	// A stored event is summed up by its own articles' leads.
	candidates := ms
	if leads := slices.DeleteFunc(slices.Clone(ms), func(m mention) bool { return !m.lead }); len(leads) > 0 {
		candidates = leads
	}
	central := b.central(candidates)
	if central.sent.End > central.sent.Start {
		te.Summary = clip(strings.TrimSpace(central.art.Body[central.sent.Start:central.sent.End]), summaryBytes)
	}
	te.Title = e.title
	if te.Title == "" && central.date.End > central.date.Start {
		te.Title = dateClause(central.art.Body, central.sent, central.date, titleWords)
	}
	if te.Title == "" {
		te.Title = trimTitle(te.Summary, titleWords)
	}
	te.Origins, te.IndependentSources = b.independence(e, ms)
	return te
}

// central returns the mention whose sentence shares the most content with
// the others; the first article's wins ties.
func (b *builder) central(ms []mention) mention {
	best, bestScore := 0, -1.0
	for i, m := range ms {
		if m.sent.End <= m.sent.Start {
			continue
		}
		score := 0.0
		for j, o := range ms {
			if i != j {
				score += b.overlap(m.words, o.words)
			}
		}
		if score > bestScore+1e-9 {
			best, bestScore = i, score
		}
	}
	return ms[best]
}

// independence returns the attribution chains of the entry's articles and
// how many independent reports stand behind it. Two articles count as one
// report when they belong to one report group (a copy or rewrite), come
// from the same outlet (by warta.OutletKey), or credit a common source
// anywhere in their chains (both "mengutip KCNA"), or when one credits
// the other's outlet.
func (b *builder) independence(e *entry, ms []mention) ([]warta.Origin, int) {
	parent := map[string]string{}
	var find func(string) string
	find = func(k string) string {
		if p, ok := parent[k]; ok && p != k {
			r := find(p)
			parent[k] = r
			return r
		}
		parent[k] = k
		return k
	}
	union := func(x, y string) { parent[find(x)] = find(y) }

	var origins []warta.Origin
	var keys []string
	done := map[string]bool{}
	for _, m := range ms {
		a := m.art
		if done[a.ID] {
			continue
		}
		done[a.ID] = true
		key := "a:" + a.ID
		if g, ok := b.groupOf[a.ID]; ok {
			key = g
		}
		keys = append(keys, key)
		if a.Outlet != "" {
			union(key, "o:"+originKey(a.Outlet))
			if k := warta.OutletKey(a.Outlet); k != "" {
				union(key, "k:"+k) // one outlet however spelt
			}
		}
		chain := b.chain(a, ms, b.lead[a.ID] == e)
		if len(chain) > 0 {
			origins = append(origins, warta.Origin{Article: a.ID, Outlet: outletName(a), Via: chain})
			for _, src := range chain {
				union(key, "o:"+originKey(src))
				if k := warta.OutletKey(src); k != "" {
					union(key, "k:"+k)
				}
			}
		}
	}
	roots := map[string]bool{}
	for _, k := range keys {
		roots[find(k)] = true
	}
	return origins, len(roots)
}

// chain returns the sources an article credits for the entry: those named
// in its evidence sentences, or else, when the entry is the article's news
// of the day (lead), those its first sentences credit for the whole article.
func (b *builder) chain(a *warta.Article, ms []mention, lead bool) []string {
	known, ok := b.known[a.ID]
	if !ok {
		known = namesOf(a, b.outlets)
		b.known[a.ID] = known
	}
	var chain []string
	for _, m := range ms {
		if m.art == a && m.sent.End > m.sent.Start {
			for _, s := range attribution(a.Body[m.sent.Start:m.sent.End], known) {
				if !slices.Contains(chain, s) {
					chain = append(chain, s)
				}
			}
		}
	}
	if len(chain) > 0 || !lead {
		return chain
	}
	spans := b.sents[a.ID]
	if len(spans) > 2 {
		spans = spans[:2]
	}
	for _, sp := range spans {
		chain = append(chain, attribution(a.Body[sp.Start:sp.End], known)...)
	}
	return chain
}

// attach adds to te the quotes and claims of e's articles that e's
// evidence holds, or, with rest, those of the articles whose news of the
// day e tells that no entry took.
func (b *builder) attach(e *entry, te *warta.TimelineEvent, claimed map[string]bool, rest bool) {
	for _, m := range e.mentions {
		if rest && b.lead[m.art.ID] != e {
			continue
		}
		inside := func(start, end int) bool { return rest || start >= m.sent.Start && end <= m.sent.End }
		for _, q := range m.art.Quotes {
			key := "q:" + m.art.ID + ":" + strconv.Itoa(q.Start) + ":" + strconv.Itoa(q.End)
			if !claimed[key] && inside(q.Start, q.End) {
				claimed[key] = true
				te.Quotes = append(te.Quotes, warta.SourcedQuote{Article: m.art.ID, Quote: q})
			}
		}
		for _, c := range m.art.Claims {
			key := "c:" + m.art.ID + ":" + strconv.Itoa(c.Start) + ":" + strconv.Itoa(c.End)
			if !claimed[key] && inside(c.Start, c.End) {
				claimed[key] = true
				te.Claims = append(te.Claims, warta.SourcedClaim{Article: m.art.ID, Claim: c})
			}
		}
	}
}

// outletName is an article's outlet, or a stand-in naming the article.
func outletName(a *warta.Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	return "unknown outlet (" + a.ID + ")"
}

// clip cuts s to about n bytes at a word boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + " …"
}

func utf8RuneStart(c byte) bool { return c&0xC0 != 0x80 }
