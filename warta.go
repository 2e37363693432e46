package warta

import "time"

// Document is one input record as read from a file, a stream or an archive,
// before any analysis. Ingest produces Documents; the pipeline turns each
// into an Article.
//
// Exactly one of Text and HTML is normally set: Text for plain text records
// (.txt files, the body field of JSON or CSV rows), HTML for pages that still
// need main-text extraction. Metadata fields hold what the input said, as it
// said it; Published in particular is the raw date string, unparsed.
type Document struct {
	ID     string // contract article id: file name without extensions, a record's id, or a hash of its URL
	Origin string // where it came from: a path, "path:LINE" for a record, or "-" for stdin
	Format string // txt, html, json, jsonl, csv, warc, rss

	Text string // plain text body
	HTML string // raw HTML page

	Title     string
	URL       string
	Outlet    string
	Author    string
	Language  string
	Published string // raw date string from metadata, if any
}

// Published-date sources, as the contract names them.
const (
	SourceMetadata = "metadata" // the input's own metadata said so
	SourceText     = "text"     // read from the article's text (a dateline, a "today" expression)
	SourceInferred = "inferred" // inferred from other evidence (e.g. a rewrite of the same report)
	SourceNone     = "none"     // unknown
)

// Article is an analysed news article: clean text, metadata and the
// annotations of every stage. Offsets in annotations are byte offsets into Body.
type Article struct {
	ID     string `json:"id"`
	Origin string `json:"origin,omitempty"`
	Format string `json:"format,omitempty"`

	Title           string `json:"title"`
	Language        string `json:"language"`
	Outlet          string `json:"outlet"`
	Author          string `json:"author,omitempty"`
	Dateline        string `json:"dateline,omitempty"`
	URL             string `json:"url"`
	Published       string `json:"published"`
	PublishedSource string `json:"published_source"`
	Body            string `json:"body"`

	// Removed lists the lines the cleaner dropped, with the reason, so that
	// a user can see why. It is not stored.
	Removed []RemovedLine `json:"removed,omitempty"`

	Entities []Entity `json:"entities"`
	Timexes  []Timex  `json:"timexes"`
	Quotes   []Quote  `json:"quotes"`
	Claims   []Claim  `json:"claims"`

	// ContentHash identifies the content for idempotent re-ingest: the same
	// hash means the same article, whatever file it came from.
	ContentHash string `json:"content_hash,omitempty"`
	// Stems is the stemmed, lower-cased text of title and body, space
	// separated, for full-text search.
	Stems string `json:"-"`
	// IngestedAt is when the store first saw this content.
	IngestedAt time.Time `json:"ingested_at,omitzero"`
}

// RemovedLine is a line of input that the cleaner judged not to be content.
type RemovedLine struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// Entity types.
const (
	EntityPerson = "PERSON"
	EntityOrg    = "ORG"
	EntityLoc    = "LOC"
)

// Entity is a mention of a person, organisation or place.
type Entity struct {
	Text      string `json:"text"`
	Type      string `json:"type"`
	Canonical string `json:"canonical"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Timex types, as in TIMEX3.
const (
	TimexDate     = "DATE"
	TimexTime     = "TIME"
	TimexDuration = "DURATION"
	TimexSet      = "SET"
)

// Timex is a temporal expression and its normalised TIMEX3-style value
// ("2024-10-08", "2024-06", "2024-W16", "P3D", "2024-10-08T13:21+07:00").
type Timex struct {
	Text  string `json:"text"`
	Value string `json:"value"`
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Flag says why a value is uncertain, e.g. "weekday-conflict"; empty when
	// the value is trusted.
	Flag string `json:"flag,omitempty"`
}

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuoteIndirect = "indirect"
)

// Quote is reported speech with its speaker and the cue word that introduced it.
type Quote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Cue     string `json:"cue"`
	Kind    string `json:"kind"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Claim stances.
const (
	StanceAssert  = "assert"
	StanceAccuse  = "accuse"
	StanceDeny    = "deny"
	StanceConfirm = "confirm"
	StanceRetract = "retract"
)

// Claim is a statement typed by stance, with who holds it.
type Claim struct {
	Holder string `json:"holder"`
	Stance string `json:"stance"`
	Text   string `json:"text"`
	About  string `json:"about"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Report group kinds: how two articles carry the same report.
const (
	GroupExact   = "exact"   // the same normalised text
	GroupNear    = "near"    // nearly the same text
	GroupRewrite = "rewrite" // one source report reworded
)

// ReportGroup is a set of two or more articles that carry the same report.
type ReportGroup struct {
	ID       string   `json:"id,omitempty"`
	Kind     string   `json:"kind"`
	Articles []string `json:"articles"`
	// Score is the strength of the evidence, 0..1.
	Score float64 `json:"score,omitempty"`
	// Evidence holds aligned spans, when the kind needs them.
	Evidence []Alignment `json:"evidence,omitempty"`
}

// Alignment pairs a span of one article with a span of another.
type Alignment struct {
	A      string `json:"a"`
	AStart int    `json:"a_start"`
	AEnd   int    `json:"a_end"`
	B      string `json:"b"`
	BStart int    `json:"b_start"`
	BEnd   int    `json:"b_end"`
}

// Event is a happening that one or more articles report.
type Event struct {
	ID          string   `json:"id"`
	StorylineID string   `json:"-"`
	Title       string   `json:"title"`
	Date        string   `json:"date"`
	Articles    []string `json:"articles"`
}

// Storyline is a sequence of events about one developing story.
type Storyline struct {
	ID     string  `json:"id"`
	Title  string  `json:"title"`
	Start  string  `json:"start"`
	End    string  `json:"end"`
	Events []Event `json:"events"`
}

// Timeline event kinds.
const (
	KindReported   = "reported"   // news of the day
	KindBackground = "background" // history mentioned in passing
	KindScheduled  = "scheduled"  // announced for later
)

// Date precisions of a timeline entry: how much of the calendar its date names.
const (
	PrecisionDay     = "day"
	PrecisionWeek    = "week"
	PrecisionMonth   = "month"
	PrecisionQuarter = "quarter"
	PrecisionYear    = "year"
)

// TimelineEvent is one dated entry of a storyline's timeline: something
// that happened (or is announced) on Date, as the articles tell it.
type TimelineEvent struct {
	// Date is when it happened, at Precision: "2024-06-19", "2024-W25",
	// "2024-06", "2024-Q1", "1961". Empty when unknown.
	Date      string   `json:"date"`
	Precision string   `json:"precision,omitempty"`
	Title     string   `json:"title"`
	Summary   string   `json:"summary"`
	Kind      string   `json:"kind"`
	Articles  []string `json:"articles"`
	Sources   []string `json:"sources"`
	// IndependentSources counts the reports behind the entry: copies and
	// rewrites of one report count once, and so do reports that credit
	// the same origin (see Origins).
	IndependentSources int        `json:"independent_sources"`
	Evidence           []Evidence `json:"evidence"`
	// Origins names, per article that credits another source for what the
	// entry says ("mengutip KCNA", "according to Reuters"), the chain of
	// sources it credits.
	Origins []Origin `json:"origins,omitempty"`
	// Quotes and Claims are those of the entry's articles that the
	// entry's evidence holds (and, for the news of the day, the rest of
	// the article's).
	Quotes []SourcedQuote `json:"quotes,omitempty"`
	Claims []SourcedClaim `json:"claims,omitempty"`
}

// Evidence points at a span of an article's body.
type Evidence struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	// Kind is how this article tells the entry (reported, background or
	// scheduled); Date is the date expression's span inside the evidence,
	// when one dates it.
	Kind      string `json:"kind,omitempty"`
	DateStart int    `json:"date_start,omitempty"`
	DateEnd   int    `json:"date_end,omitempty"`
	// New is set when the span carries content (names, numbers, content
	// words) that no earlier article of the storyline had.
	New bool `json:"new,omitempty"`
}

// Origin is the attribution chain of one article's account: the outlet
// that published it, then each source it credits, nearest first; the
// last link is where the account comes from.
type Origin struct {
	Article string   `json:"article"`
	Outlet  string   `json:"outlet"`
	Via     []string `json:"via"`
}

// SourcedQuote is a quote with the article it was found in.
type SourcedQuote struct {
	Article string `json:"article"`
	Quote
}

// SourcedClaim is a claim with the article it was found in.
type SourcedClaim struct {
	Article string `json:"article"`
	Claim
}

// NewContent lists what one article added to a storyline: the spans of
// its sentences with content that no earlier article had, and the new
// words themselves.
type NewContent struct {
	Article   string    `json:"article"`
	Published string    `json:"published"`
	Outlet    string    `json:"outlet"`
	Spans     []NewSpan `json:"spans"`
}

// NewSpan is one sentence of NewContent and the content it adds.
type NewSpan struct {
	Start int      `json:"start"`
	End   int      `json:"end"`
	Words []string `json:"words"`
}

// Timeline is the dated story of one storyline.
type Timeline struct {
	Storyline string          `json:"storyline"`
	Title     string          `json:"title,omitempty"`
	Events    []TimelineEvent `json:"events"`
	// New holds, per article in publication order, what it added to the
	// coverage before it.
	New []NewContent `json:"new,omitempty"`
}

// ArticleCount returns how many articles the storyline's events hold.
func (s Storyline) ArticleCount() int {
	n := 0
	for _, ev := range s.Events {
		n += len(ev.Articles)
	}
	return n
}
