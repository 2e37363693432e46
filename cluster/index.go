package cluster

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"sort"

	"github.com/warta-news/warta"
)

// Options tune the online clusterer. The zero Options means DefaultOptions.
type Options struct {
	// EventThreshold is the similarity at or above which an article joins
	// an event.
	EventThreshold float64 `json:"event_threshold"`
	// ShortEventThreshold is EventThreshold for an article of few terms
	// (a headline, an RSS summary): short texts share fewer words, so
	// their cosines run lower. Between shortTerms and longTerms distinct
	// terms the threshold moves linearly from one to the other.
	ShortEventThreshold float64 `json:"short_event_threshold"`
	// StoryThreshold is the similarity at or above which a new event joins
	// a storyline.
	StoryThreshold float64 `json:"story_threshold"`
	// NameWeight is the share of entity-name similarity in an article's
	// similarity to an event (the rest is the TF-IDF cosine over stems),
	// when both have names.
	NameWeight float64 `json:"name_weight"`
	// ShortNameWeight is NameWeight for a short article: names found in a
	// headline alone are unreliable (headlines capitalise every word).
	ShortNameWeight float64 `json:"short_name_weight"`
	// StoryNameWeight is the same share for storylines.
	StoryNameWeight float64 `json:"story_name_weight"`
	// DateWeight is added to the similarity when the article mentions a
	// day that the event's (or storyline's) articles mention.
	DateWeight float64 `json:"date_weight"`
	// EventHalfLife and StoryHalfLife, in days, set the time decay: the
	// similarity is halved for every half-life between the article's
	// publication day and the nearest day of the event or storyline.
	EventHalfLife float64 `json:"event_half_life_days"`
	StoryHalfLife float64 `json:"story_half_life_days"`
	// EventWindow and StoryWindow, in days, are the longest such gaps at
	// which an article may still join; older events and storylines are
	// closed and leave the inverted index.
	EventWindow int `json:"event_window_days"`
	StoryWindow int `json:"story_window_days"`
	// QueryTerms is how many of an article's highest-weighted terms look
	// up candidate events in the inverted index (its names always do).
	QueryTerms int `json:"query_terms"`
	// VectorTerms is how many of an article's highest-weighted terms make
	// its TF-IDF vector; the rest weigh little and cost much.
	VectorTerms int `json:"vector_terms"`
	// EventMerge and StoryMerge are the similarities of two centroids at
	// or above which two events (storylines) that both matched one new
	// article become one: single-pass clustering otherwise keeps the
	// halves of an event that began as two.
	EventMerge float64 `json:"event_merge"`
	// ShortEventMerge is EventMerge when the article that matched both
	// events is short, moving to EventMerge as ShortEventThreshold does.
	ShortEventMerge float64 `json:"short_event_merge"`
	StoryMerge      float64 `json:"story_merge"`
}

// DefaultOptions are the options tuned on the development parts of the
// UCI headlines and ECB+ and on our Indonesian dev set (docs/quality.md).
var DefaultOptions = Options{
	EventThreshold: 0.25, ShortEventThreshold: 0.12, StoryThreshold: 0.15,
	NameWeight: 0.5, StoryNameWeight: 0.5, DateWeight: 0.05,
	EventHalfLife: 3, StoryHalfLife: 730,
	EventWindow: 10, StoryWindow: 400,
	QueryTerms: 12, VectorTerms: 128, EventMerge: 0.5, ShortEventMerge: 0.25, StoryMerge: 0.4,
}

// Assignment says where an article belongs: an event and its storyline.
type Assignment struct {
	Event     string `json:"event"`
	Storyline string `json:"storyline"`
}

// Index is the online clusterer's state: the events and storylines so
// far, their centroids, and inverted indexes from terms and names to the
// events and storylines still open. It is not safe for concurrent use;
// its results depend only on the order of the calls.
type Index struct {
	opt          Options
	terms, names *vocab
	nameIDs      map[string][]int32 // name → ids of its nameTokens, for every name observed

	events  []*event
	stories []*story
	eventOf map[string]int32 // event id → index
	storyOf map[string]int32 // storyline id → index
	docOf   map[string]int32 // article id → event
	groupOf map[string]int32 // report group id → event

	// The search state of every event and storyline by index, kept apart
	// from them so that a candidate search reads one small array.
	evSlot, stSlot []slot
	// Postings: term and name ids → events, storylines.
	evPost, stPost postings
	cands          []int32 // what candidates returns, reused

	now, compactedAt int32 // latest publication day seen; day of the last compaction
	dated            bool
	sinceCompact     int
	stamp            uint32
}

type event struct {
	id       string
	story    int32
	articles []string
	lead     string           // id of the earliest article
	title    string           // its earliest article's title, or its most central one once closed
	lang     string           // language of its first article
	nameArts map[string]int32 // canonical name → its articles naming it
	date     string           // earliest publication date
	profile
	members []member // its articles, while it is open (for Refine)
}

type story struct {
	id     string
	events []int32
	profile
	nameCount map[string]int // canonical name → articles naming it
}

// slot is what a candidate search reads of an event or a storyline: the
// one it was merged into (or -1), whether it is closed, and its share of
// the query weight of the article being placed (valid when stamp is the
// index's current stamp).
type slot struct {
	into   int32
	closed bool
	stamp  uint32
	score  float32
}

// find returns the live cluster that cluster c of slots is, or was merged
// into, shortening the chain it followed.
func find(slots []slot, c int32) int32 {
	root := c
	for slots[root].into >= 0 {
		root = slots[root].into
	}
	for slots[c].into >= 0 {
		next := slots[c].into
		slots[c].into = root
		c = next
	}
	return root
}

// postings are an inverted index from term ids and name ids to clusters,
// each list in the order the clusters were added to it.
type postings struct {
	terms, names [][]int32
}

func (p *postings) addTerm(id, c int32) { p.terms = appendPosting(p.terms, id, c) }
func (p *postings) addName(id, c int32) { p.names = appendPosting(p.names, id, c) }

func appendPosting(lists [][]int32, id, c int32) [][]int32 {
	if int(id) >= len(lists) {
		lists = slices.Grow(lists, int(id)+1-len(lists))[:int(id)+1]
	}
	lists[id] = append(lists[id], c)
	return lists
}

func postingList(lists [][]int32, id int32) []int32 {
	if int(id) < len(lists) {
		return lists[id]
	}
	return nil
}

// prune drops the clusters gone says are gone from every list.
func (p *postings) prune(gone func(int32) bool) {
	for _, lists := range [][][]int32{p.terms, p.names} {
		for k, list := range lists {
			kept := list[:0]
			for _, c := range list {
				if !gone(c) {
					kept = append(kept, c)
				}
			}
			if len(kept) == 0 {
				lists[k] = nil
			} else {
				lists[k] = slices.Clip(kept)
			}
		}
	}
}

// profile is what an event and a storyline are matched by: centroids of
// their articles' terms and names, the days those articles mention, the
// span of their publication days.
type profile struct {
	terms centroid
	names centroid
	days  map[string]bool // days its articles mention
	first int32
	last  int32
	dated bool
}

// match returns how similar article features f (of d) are to p, or false
// when their publication days lie more than window days apart.
func (p *profile) match(f features, d Doc, nameWeight, dateWeight, halfLife float64, window int) (float64, bool) {
	g, _ := gap(f, p.first, p.last, p.dated)
	if int(g) > window {
		return 0, false
	}
	return similarity(p.terms.cosine(f.terms), p.names.cosine(f.names), len(f.names.ids) > 0 && p.names.norm2 > 0,
		nameWeight, sharesDay(p.days, d), dateWeight, g, halfLife), true
}

// NewIndex returns an empty index; the zero opt means DefaultOptions.
func NewIndex(opt Options) *Index {
	if opt == (Options{}) {
		opt = DefaultOptions
	}
	return &Index{
		opt: opt, terms: newVocab(), names: newVocab(), nameIDs: make(map[string][]int32),
		eventOf: make(map[string]int32), storyOf: make(map[string]int32),
		docOf: make(map[string]int32), groupOf: make(map[string]int32),
	}
}

// Options returns the options x clusters with.
func (x *Index) Options() Options { return x.opt }

// Len returns the number of articles in x.
func (x *Index) Len() int { return len(x.docOf) }

// Lookup returns where article id was put, and false when x does not hold it.
func (x *Index) Lookup(id string) (Assignment, bool) {
	e, ok := x.docOf[id]
	if !ok {
		return Assignment{}, false
	}
	return x.assignment(e), true
}

func (x *Index) assignment(e int32) Assignment {
	ev := x.events[x.ev(e)]
	return Assignment{Event: ev.id, Storyline: x.stories[x.st(ev.story)].id}
}

// ev returns the live event that event e is, or was merged into.
func (x *Index) ev(e int32) int32 { return find(x.evSlot, e) }

// st returns the live storyline that storyline s is, or was merged into.
func (x *Index) st(s int32) int32 { return find(x.stSlot, s) }

// features are a Doc's vectors and day, under x's current statistics.
type features struct {
	terms, names vector
	query        []int32 // positions in terms of the QueryTerms highest weighted, by weight
	day          int32
	dated        bool
}

func (x *Index) observe(d Doc) {
	x.terms.observe(d.Terms)
	x.names.observeIDs(x.nameWordIDs(d.Names, true))
}

func (x *Index) featuresOf(d Doc) features {
	f := features{terms: x.terms.vectorize(d.Terms).truncate(x.opt.VectorTerms), names: x.names.vectorizeIDs(x.nameWordIDs(d.Names, false))}
	f.query = f.terms.topPositions(x.opt.QueryTerms)
	f.day, f.dated = dayOf(d.Published)
	return f
}

// Add puts d in the most similar open event, or starts an event (in the
// most similar storyline, or a new one), and returns where it went. An
// article of a report group already seen joins that group's event; an
// article already in x stays where it is.
//
// When d matches two events whose centroids are alike as well, they
// merge (and so do their storylines): articles added earlier may then
// have a new event id, that of the older event. After a batch, read where
// everything is from Storylines or Lookup, not only from the returned
// Assignments.
func (x *Index) Add(d Doc) Assignment {
	x.observe(d)
	return x.add(d)
}

func (x *Index) add(d Doc) Assignment {
	if a, ok := x.Lookup(d.ID); ok {
		return a
	}
	return x.addFeatures(d, x.featuresOf(d))
}

// addFeatures is add with d's features computed.
func (x *Index) addFeatures(d Doc, f features) Assignment {
	x.advance(f)
	e := int32(-1)
	if d.Group != "" {
		if g, ok := x.groupOf[d.Group]; ok {
			e = x.ev(g)
		}
	}
	var also []int32
	if e < 0 {
		e, also = x.bestEvent(d, f)
	}
	if e < 0 {
		s, alsoStories := x.bestStory(d, f)
		if s < 0 {
			s = x.newStory(stableID("s", d.ID))
		}
		e = x.newEvent(stableID("e", d.ID), s)
		x.join(e, d, f)
		for _, o := range alsoStories {
			if a, b := x.st(s), x.st(o); a != b && x.storyMergeSim(a, b) >= x.opt.StoryMerge {
				x.mergeStories(a, b)
			}
		}
	} else {
		x.join(e, d, f)
	}
	for _, o := range also {
		if a, b := x.ev(e), x.ev(o); a != b && x.eventMergeSim(a, b) >= x.eventMerge(a, b, f) {
			x.mergeEvents(a, b)
		}
	}
	return x.assignment(e)
}

// Restore puts d where a says, without deciding: for an index rebuilt
// from a store. An event or storyline it names that x lacks is made.
func (x *Index) Restore(d Doc, a Assignment) {
	x.observe(d)
	if _, ok := x.docOf[d.ID]; ok {
		return
	}
	f := x.featuresOf(d)
	x.advance(f)
	e := x.eventFor(a, false)
	x.join(e, d, f)
	if ms := x.events[e].members; len(ms) > 0 && ms[len(ms)-1].id == d.ID {
		ms[len(ms)-1].fixed = true // a stored decision (or an analyst's) stays
	}
}

// eventFor returns the event a names, making it, and its storyline when
// x lacks that too; what it makes is closed when closed is set.
func (x *Index) eventFor(a Assignment, closed bool) int32 {
	if e, ok := x.eventOf[a.Event]; ok {
		return x.ev(e)
	}
	s, ok := x.storyOf[a.Storyline]
	if ok {
		s = x.st(s)
	} else {
		s = x.newStory(a.Storyline)
		x.stSlot[s].closed = closed
	}
	e := x.newEvent(a.Event, s)
	x.evSlot[e].closed = closed
	return e
}

func (x *Index) newStory(id string) int32 {
	s := int32(len(x.stories))
	x.stories = append(x.stories, &story{id: id, nameCount: make(map[string]int)})
	x.stSlot = append(x.stSlot, slot{into: -1})
	x.storyOf[id] = s
	return s
}

func (x *Index) newEvent(id string, s int32) int32 {
	e := int32(len(x.events))
	x.events = append(x.events, &event{id: id, story: s})
	x.evSlot = append(x.evSlot, slot{into: -1})
	x.eventOf[id] = e
	x.stories[s].events = append(x.stories[s].events, e)
	return e
}

// join adds d to event e and to e's storyline.
func (x *Index) join(e int32, d Doc, f features) {
	ev := x.events[e]
	s := x.st(ev.story)
	st := x.stories[s]
	x.docOf[d.ID] = e
	if d.Group != "" {
		if _, ok := x.groupOf[d.Group]; !ok {
			x.groupOf[d.Group] = e
		}
	}
	ev.articles = append(ev.articles, d.ID)
	if ev.lang == "" {
		ev.lang = d.Language
	}
	if ev.nameArts == nil && len(d.Names) > 0 {
		ev.nameArts = make(map[string]int32, len(d.Names))
	}
	for _, n := range d.Names {
		ev.nameArts[n]++
	}
	if ev.lead == "" || earlier(d.Published, d.ID, ev.date, ev.lead) {
		ev.lead, ev.title, ev.date = d.ID, d.Title, d.Published
	}
	if f.dated {
		ev.first, ev.last, ev.dated = span(ev.first, ev.last, ev.dated, f.day)
		st.first, st.last, st.dated = span(st.first, st.last, st.dated, f.day)
	}
	for _, n := range d.Names {
		st.nameCount[n]++
	}
	if x.evSlot[e].closed {
		return // restored into an event too old to grow: no centroid kept
	}
	ev.members = append(ev.members, member{id: d.ID, title: d.Title, published: d.Published, group: d.Group, dates: d.Dates, names: d.Names, f: f})
	ev.terms.add(f.terms, func(id int32) { x.evPost.addTerm(id, e) })
	ev.names.add(f.names, func(id int32) { x.evPost.addName(id, e) })
	// A storyline keeps only each article's most telling terms: it links
	// events by what they share, and stays small over months.
	st.terms.add(f.terms.truncate(storyTerms), func(id int32) { x.stPost.addTerm(id, s) })
	st.names.add(f.names, func(id int32) { x.stPost.addName(id, s) })
	ev.days = addDays(ev.days, d.Dates)
	st.days = addDays(st.days, d.Dates)
}

// maxDays bounds the mentioned days kept per event or storyline.
const maxDays = 64

func addDays(m map[string]bool, days []string) map[string]bool {
	for _, v := range days {
		if len(m) >= maxDays {
			break
		}
		if m == nil {
			m = make(map[string]bool)
		}
		m[v] = true
	}
	return m
}

func span(first, last int32, dated bool, day int32) (int32, int32, bool) {
	if !dated {
		return day, day, true
	}
	return min(first, day), max(last, day), true
}

// earlier reports whether an article published p with id is the better
// lead than the current one: dated before undated, then earlier, then
// smaller id.
func earlier(p, id, curP, curID string) bool {
	if (p == "") != (curP == "") {
		return curP == ""
	}
	if p != curP {
		return p < curP
	}
	return id < curID
}

// gap returns the days between day and the span [first, last].
func gap(f features, first, last int32, dated bool) (int32, bool) {
	if !f.dated || !dated {
		return 0, false
	}
	switch {
	case f.day < first:
		return first - f.day, true
	case f.day > last:
		return f.day - last, true
	}
	return 0, true
}

// similarity blends the term cosine with the name cosine (when both sides
// have names), adds the date bonus, and decays with the gap in days.
func similarity(terms, names float64, hasNames bool, nameWeight float64, sharedDay bool, dateWeight float64, g int32, halfLife float64) float64 {
	s := terms
	if hasNames {
		s = (1-nameWeight)*terms + nameWeight*names
	}
	if sharedDay {
		s += dateWeight
	}
	if g > 0 && halfLife > 0 {
		s *= math.Exp2(-float64(g) / halfLife)
	}
	return s
}

func sharesDay(days map[string]bool, d Doc) bool {
	for _, v := range d.Dates {
		if days[v] {
			return true
		}
	}
	return false
}

// storyTerms is how many of an article's terms go into its storyline's
// centroid.
const storyTerms = 24

// maxCandidates bounds the clusters whose similarity is computed in
// full for one article: those that share the most query weight with it.
const maxCandidates = 16

// candidates returns the open clusters in post under d's most telling
// terms and all its names, at most maxCandidates of them (those sharing
// the most of the article's weight), in increasing order. The slice is
// reused by the next call.
func (x *Index) candidates(post *postings, slots []slot, f features) []int32 {
	x.stamp++
	stamp := x.stamp
	out := x.cands[:0]
	scan := func(list []int32, w float32) {
		for _, c := range slices.Backward(list[max(0, len(list)-maxScan):]) {
			if slots[c].into >= 0 {
				c = find(slots, c)
			}
			p := &slots[c]
			if p.closed {
				continue
			}
			if p.stamp != stamp {
				p.stamp, p.score = stamp, 0
				out = append(out, c)
			}
			p.score += w
		}
	}
	for _, k := range f.query {
		scan(postingList(post.terms, f.terms.ids[k]), f.terms.weights[k])
	}
	for k, id := range f.names.ids {
		scan(postingList(post.names, id), f.names.weights[k])
	}
	if len(out) > maxCandidates {
		out = topCandidates(out, func(c int32) float32 { return slots[c].score })
	}
	slices.Sort(out)
	x.cands = out
	return out
}

// topCandidates returns the maxCandidates clusters of cs with the highest
// score, ties going to the lower id, in no particular order, in the
// first places of cs. It keeps a
// short sorted list rather than sorting every candidate: an article with
// common words meets thousands of clusters and keeps sixteen.
func topCandidates(cs []int32, score func(int32) float32) []int32 {
	type scoredID struct {
		score float32
		id    int32
	}
	before := func(a, b scoredID) bool {
		return a.score > b.score || (a.score == b.score && a.id < b.id)
	}
	top := make([]scoredID, 0, maxCandidates)
	for _, c := range cs {
		x := scoredID{score(c), c}
		if len(top) == maxCandidates && !before(x, top[len(top)-1]) {
			continue
		}
		i, _ := slices.BinarySearchFunc(top, x, func(e, t scoredID) int {
			if before(e, t) {
				return -1
			}
			return 1
		})
		if len(top) < maxCandidates {
			top = append(top, scoredID{})
		}
		copy(top[i+1:], top[i:len(top)-1])
		top[i] = x
	}
	out := cs[:len(top)]
	for i, t := range top {
		out[i] = t.id
	}
	return out
}

// maxScan bounds how many of the newest entries of one posting list are
// read for one article.
const maxScan = 500

// Articles with at most shortTerms distinct terms are judged by
// ShortEventThreshold, those with at least longTerms by EventThreshold.
const shortTerms, longTerms = 8, 40

// eventThreshold returns the event threshold for an article with f.
func (x *Index) eventThreshold(f features) float64 {
	return byLength(f, x.opt.ShortEventThreshold, x.opt.EventThreshold)
}

// eventMerge returns the merge threshold when an article with f matched
// events a and b. Two settled events (settledEvent articles or more
// each) merge at EventMerge whatever the article's length: their
// centroids say what they are about better than one headline does.
func (x *Index) eventMerge(a, b int32, f features) float64 {
	if len(x.events[a].articles) >= settledEvent && len(x.events[b].articles) >= settledEvent {
		return x.opt.EventMerge
	}
	return byLength(f, x.opt.ShortEventMerge, x.opt.EventMerge)
}

// settledEvent is how many articles make an event settled (tuned on the
// UCI dev half: two stories of 80 headlines each, about petrol prices
// and about Russian gas, no longer merge on "gas").
const settledEvent = 40

// nameWeight returns the share of names in an article's similarity to
// an event.
func (x *Index) nameWeight(f features) float64 {
	w := byLength(f, x.opt.ShortNameWeight, x.opt.NameWeight)
	if x.opt.ShortNameWeight == 0 && len(f.terms.ids) < longTerms {
		w = x.opt.NameWeight * max(0, float64(len(f.terms.ids)-shortTerms)) / float64(longTerms-shortTerms)
	}
	return w
}

// byLength moves from short to long as an article's distinct terms go
// from shortTerms to longTerms; a zero short means long throughout.
func byLength(f features, short, long float64) float64 {
	if short <= 0 {
		return long
	}
	w := float64(len(f.terms.ids)-shortTerms) / float64(longTerms-shortTerms)
	w = max(0, min(1, w))
	return short + w*(long-short)
}

// maxAlso bounds the runners-up considered for a merge.
const maxAlso = 3

// bestEvent returns the open event most similar to d at or above the
// event threshold, or -1, and the next best ones above it.
func (x *Index) bestEvent(d Doc, f features) (int32, []int32) {
	var r ranking
	for _, e := range x.candidates(&x.evPost, x.evSlot, f) {
		s, ok := x.events[e].match(f, d, x.nameWeight(f), x.opt.DateWeight, x.opt.EventHalfLife, x.opt.EventWindow)
		if ok && s >= x.eventThreshold(f) {
			r = append(r, scored{e, s})
		}
	}
	return r.best()
}

// bestStory returns the open storyline most similar to d at or above the
// storyline threshold, or -1, and the next best ones above it.
func (x *Index) bestStory(d Doc, f features) (int32, []int32) {
	var r ranking
	for _, s := range x.candidates(&x.stPost, x.stSlot, f) {
		sim, ok := x.stories[s].match(f, d, x.opt.StoryNameWeight, x.opt.DateWeight, x.opt.StoryHalfLife, x.opt.StoryWindow)
		if ok && sim >= x.opt.StoryThreshold {
			r = append(r, scored{s, sim})
		}
	}
	return r.best()
}

type scored struct {
	i   int32
	sim float64
}

type ranking []scored

// best returns the most similar (the earliest made on ties) and up to
// maxAlso runners-up.
func (r ranking) best() (int32, []int32) {
	if len(r) == 0 {
		return -1, nil
	}
	sort.Slice(r, func(a, b int) bool {
		if r[a].sim != r[b].sim {
			return r[a].sim > r[b].sim
		}
		return r[a].i < r[b].i
	})
	var also []int32
	for _, c := range r[1:min(len(r), maxAlso+1)] {
		also = append(also, c.i)
	}
	return r[0].i, also
}

// eventMergeSim is the similarity of two events' centroids, decayed by
// the days between their spans; 0 when they lie further apart than the
// event window.
func (x *Index) eventMergeSim(a, b int32) float64 {
	ea, eb := x.events[a], x.events[b]
	g := spanGap(ea.first, ea.last, ea.dated, eb.first, eb.last, eb.dated)
	if int(g) > x.opt.EventWindow {
		return 0
	}
	t, n := ea.terms.cosineWith(&eb.terms), ea.names.cosineWith(&eb.names)
	return similarity(t, n, ea.names.norm2 > 0 && eb.names.norm2 > 0, x.opt.NameWeight, false, 0, g, x.opt.EventHalfLife)
}

// spanGap returns the days between two spans, 0 when they overlap or
// either is undated.
func spanGap(f1, l1 int32, d1 bool, f2, l2 int32, d2 bool) int32 {
	switch {
	case !d1 || !d2:
		return 0
	case l1 < f2:
		return f2 - l1
	case l2 < f1:
		return f1 - l2
	}
	return 0
}

// storyMergeSim is the similarity of two storylines' centroids, decayed
// and bounded by the storyline window as eventMergeSim is.
func (x *Index) storyMergeSim(a, b int32) float64 {
	sa, sb := x.stories[a], x.stories[b]
	g := spanGap(sa.first, sa.last, sa.dated, sb.first, sb.last, sb.dated)
	if int(g) > x.opt.StoryWindow {
		return 0
	}
	t, n := sa.terms.cosineWith(&sb.terms), sa.names.cosineWith(&sb.names)
	return similarity(t, n, sa.names.norm2 > 0 && sb.names.norm2 > 0, x.opt.StoryNameWeight, false, 0, g, x.opt.StoryHalfLife)
}

// mergeEvents makes live events a and b one: the one made first stays,
// so ids stay those of the first article; their storylines become one.
func (x *Index) mergeEvents(a, b int32) {
	keep, gone := min(a, b), max(a, b)
	k, g := x.events[keep], x.events[gone]
	k.articles = append(k.articles, g.articles...)
	if earlier(g.date, g.lead, k.date, k.lead) {
		k.lead, k.title, k.date = g.lead, g.title, g.date
	}
	if g.dated {
		k.first, k.last, k.dated = span(k.first, k.last, k.dated, g.first)
		k.first, k.last, k.dated = span(k.first, k.last, k.dated, g.last)
	}
	k.terms.merge(&g.terms, func(id int32) { x.evPost.addTerm(id, keep) })
	k.names.merge(&g.names, func(id int32) { x.evPost.addName(id, keep) })
	for v := range g.days {
		k.days = addDays(k.days, []string{v})
	}
	k.members = append(k.members, g.members...)
	for n, c := range g.nameArts {
		if k.nameArts == nil {
			k.nameArts = make(map[string]int32)
		}
		k.nameArts[n] += c
	}
	g.nameArts = nil
	x.evSlot[gone].into = keep
	g.articles, g.terms, g.names, g.days, g.members = nil, centroid{}, centroid{}, nil, nil
	if sk, sg := x.st(k.story), x.st(g.story); sk != sg {
		x.mergeStories(sk, sg)
	}
}

// mergeStories makes live storylines a and b one, the one made first
// staying.
func (x *Index) mergeStories(a, b int32) {
	keep, gone := min(a, b), max(a, b)
	k, g := x.stories[keep], x.stories[gone]
	k.events = append(k.events, g.events...)
	for n, c := range g.nameCount {
		k.nameCount[n] += c
	}
	if g.dated {
		k.first, k.last, k.dated = span(k.first, k.last, k.dated, g.first)
		k.first, k.last, k.dated = span(k.first, k.last, k.dated, g.last)
	}
	x.stSlot[keep].closed = x.stSlot[keep].closed && x.stSlot[gone].closed
	k.terms.merge(&g.terms, func(id int32) { x.stPost.addTerm(id, keep) })
	k.names.merge(&g.names, func(id int32) { x.stPost.addName(id, keep) })
	for v := range g.days {
		k.days = addDays(k.days, []string{v})
	}
	x.stSlot[gone].into = keep
	g.events, g.nameCount, g.terms, g.names, g.days = nil, nil, centroid{}, centroid{}, nil
}

// compactEvery is how many articles pass between compactions at least.
const compactEvery = 4096

// advance moves the index's clock to f's day and, now and then, closes
// the events and storylines too old to grow, dropping them from the
// inverted indexes and freeing their centroids. The work is proportional
// to the open part of the index, spread over compactEvery articles.
func (x *Index) advance(f features) {
	if f.dated && (!x.dated || f.day > x.now) {
		x.now, x.dated = f.day, true
	}
	x.sinceCompact++
	if x.sinceCompact < compactEvery || !x.dated || x.now == x.compactedAt {
		return
	}
	x.sinceCompact, x.compactedAt = 0, x.now
	for e, ev := range x.events {
		if sl := &x.evSlot[e]; !sl.closed && sl.into < 0 && ev.dated && int(x.now-ev.last) > x.opt.EventWindow {
			// Its articles are placed once more before the event closes
			// for good (Refine).
			x.refineEvent(int32(e))
			if sl.into >= 0 {
				continue
			}
			sl.closed = true
			ev.title = x.eventTitle(ev)
			ev.terms, ev.names, ev.days, ev.members = centroid{}, centroid{}, nil, nil
		}
	}
	for s, st := range x.stories {
		if sl := &x.stSlot[s]; !sl.closed && sl.into < 0 && st.dated && int(x.now-st.last) > x.opt.StoryWindow {
			sl.closed = true
			st.terms, st.names, st.days = centroid{}, centroid{}, nil
		}
	}
	x.evPost.prune(func(e int32) bool { return x.evSlot[e].closed || x.evSlot[e].into >= 0 })
	x.stPost.prune(func(s int32) bool { return x.stSlot[s].closed || x.stSlot[s].into >= 0 })
}

// Storylines returns the storylines so far, ordered by start date, then
// id; each one's events in date order (undated last), each event's
// articles sorted by id.
func (x *Index) Storylines() []warta.Storyline {
	out := make([]warta.Storyline, 0, len(x.stories))
	for i, st := range x.stories {
		if x.stSlot[i].into >= 0 || len(st.events) == 0 {
			continue
		}
		s := warta.Storyline{ID: st.id}
		for _, e := range st.events {
			ev := x.events[e]
			if x.evSlot[e].into >= 0 {
				continue
			}
			arts := slices.Clone(ev.articles)
			sort.Strings(arts)
			s.Events = append(s.Events, warta.Event{ID: ev.id, StorylineID: st.id, Title: x.eventTitle(ev), Date: ev.date, Articles: arts})
		}
		if len(s.Events) == 0 {
			continue // its articles all moved to other storylines' events
		}
		sort.Slice(s.Events, func(a, b int) bool { return eventLess(s.Events[a], s.Events[b]) })
		s.Start, s.End = dateRange(s.Events)
		s.Title = x.storyTitle(st, s.Events)
		out = append(out, s)
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Start != out[b].Start {
			return out[a].Start < out[b].Start
		}
		return out[a].ID < out[b].ID
	})
	return out
}

func eventLess(a, b warta.Event) bool {
	if a.Date != b.Date {
		if a.Date == "" || b.Date == "" {
			return b.Date == "" // undated events go last
		}
		return a.Date < b.Date
	}
	return a.ID < b.ID
}

func dateRange(events []warta.Event) (start, end string) {
	for _, e := range events {
		if e.Date == "" {
			continue
		}
		if start == "" || e.Date < start {
			start = e.Date
		}
		if e.Date > end {
			end = e.Date
		}
	}
	return start, end
}

func stableID(prefix, key string) string {
	sum := sha256.Sum256([]byte(key))
	return prefix + "-" + hex.EncodeToString(sum[:5])
}
