package warta

import "context"

// PutResult says what storing an article did.
type PutResult int

// Outcomes of Store.PutArticle.
const (
	Added     PutResult = iota // a new article
	Updated                    // an article with the same id and origin changed
	Unchanged                  // the same content was already stored
)

// String returns the outcome's name.
func (r PutResult) String() string {
	switch r {
	case Added:
		return "added"
	case Updated:
		return "updated"
	case Unchanged:
		return "unchanged"
	}
	return "unknown"
}

// Stats counts what a store holds.
type Stats struct {
	Articles     int `json:"articles"`
	ReportGroups int `json:"report_groups"`
	Events       int `json:"events"`
	Storylines   int `json:"storylines"`
}

// SearchQuery is a full-text query. Text is what the user typed; Stems are
// its words as the text stage stems them, matched against Article.Stems.
type SearchQuery struct {
	Text  string
	Stems []string
	Limit int
}

// SearchResult is one article that matched a query.
type SearchResult struct {
	ID      string  `json:"id"`
	Title   string  `json:"title"`
	Score   float64 `json:"score"`
	Snippet string  `json:"snippet"`
}

// ArticleSummary is an article without its body and annotations, for
// listings that need only what identifies and dates it.
type ArticleSummary struct {
	ID              string `json:"id"`
	Title           string `json:"title"`
	Outlet          string `json:"outlet"`
	Language        string `json:"language"`
	Published       string `json:"published"`
	PublishedSource string `json:"published_source"`
	URL             string `json:"url"`
}

// EntitySummary is an entity across the whole store.
type EntitySummary struct {
	Canonical string   `json:"canonical"`
	Type      string   `json:"type"`
	Aliases   []string `json:"aliases"`
	Articles  int      `json:"articles"`
}

// QuoteRecord is a quote with the article it came from.
type QuoteRecord struct {
	Article string `json:"article"`
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
	Kind    string `json:"kind"`
	Cue     string `json:"cue,omitempty"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// ClaimRecord is a claim with the article it came from.
type ClaimRecord struct {
	Article string `json:"article"`
	Claim
}

// ClusterDoc is what the cluster stage keeps of one article so that a
// corpus run clusters the store without reading bodies: Doc is the
// article's cluster document in its binary form (cluster.Doc's
// MarshalBinary), SortKey the order in which clustering adds it
// (cluster.SortKey), compared byte by byte.
type ClusterDoc struct {
	Article string
	SortKey string
	Doc     []byte
}

// Store keeps articles, their annotations and the corpus-level structures
// (report groups, events, storylines). Implementations: package sqlite
// (the default) and package postgres. All methods are safe for concurrent use.
type Store interface {
	// PutArticle stores an article with its annotations. If an article with
	// the same ContentHash exists it returns Unchanged and stores nothing. If
	// an article with the same ID but another Origin exists it returns an
	// error of kind Conflict, so that the caller can choose another id. An
	// article with the same ID and Origin but new content is replaced.
	PutArticle(ctx context.Context, a *Article) (PutResult, error)
	// PutArticles stores many articles in one transaction, each as
	// PutArticle would, returning one result and one error per article.
	// An article that fails is left out and the others are still stored;
	// when the transaction itself fails, every article gets its error.
	PutArticles(ctx context.Context, articles []*Article) ([]PutResult, []error)
	// SetDate replaces an article's publication date, its source and its
	// timexes (which are resolved against the date), leaving the rest of
	// the article as it is. The corpus stages use it when a rewrite of the
	// same report lends an undated article its date. An unknown id is a
	// NotFound error.
	SetDate(ctx context.Context, id, published, source string, timexes []Timex) error
	// Article returns one article with its annotations, or a NotFound error.
	Article(ctx context.Context, id string) (*Article, error)
	// Articles returns every article with its annotations, ordered by id.
	Articles(ctx context.Context) ([]*Article, error)
	// EachArticle calls fn with every article and its annotations, ordered
	// by id, reading them a page at a time so that a corpus need not fit
	// in memory; it stops at fn's first error and returns it.
	EachArticle(ctx context.Context, fn func(*Article) error) error
	// ArticleSummaries returns every article's summary, ordered by id. It
	// reads no body and no annotations, so listings stay cheap in a large
	// store.
	ArticleSummaries(ctx context.Context) ([]ArticleSummary, error)
	// Search ranks articles against a full-text query.
	Search(ctx context.Context, q SearchQuery) ([]SearchResult, error)
	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)

	// ReplaceReportGroups replaces every report group with groups.
	ReplaceReportGroups(ctx context.Context, groups []ReportGroup) error
	// ReportGroups returns every report group.
	ReportGroups(ctx context.Context) ([]ReportGroup, error)
	// ReplaceStorylines replaces every event and storyline.
	ReplaceStorylines(ctx context.Context, stories []Storyline) error
	// Storylines returns every storyline with its events, ordered by start date.
	Storylines(ctx context.Context) ([]Storyline, error)

	// Entities summarises entities across articles, most mentioned first.
	Entities(ctx context.Context) ([]EntitySummary, error)
	// Quotes returns quotes, all of them or those of one speaker (matched
	// case-insensitively against the speaker name).
	Quotes(ctx context.Context, speaker string) ([]QuoteRecord, error)
	// Claims returns every claim.
	Claims(ctx context.Context) ([]ClaimRecord, error)

	// AddCorrection stores c, which must be valid, and returns it with its
	// ID and CreatedAt set.
	AddCorrection(ctx context.Context, c Correction) (Correction, error)
	// Corrections returns every correction, in the order they were made.
	Corrections(ctx context.Context) ([]Correction, error)
	// DeleteCorrection removes the correction with id; an unknown id is a
	// NotFound error.
	DeleteCorrection(ctx context.Context, id int64) error

	// UncomparedArticles returns the first limit articles (all when limit
	// is 0) with ids after after ("" for all) that have no DedupFeatures
	// yet, ordered by id and without
	// annotations, as ArticleTexts gives them: those added or changed
	// since the last corpus run. Storing an article with new content drops
	// its features and links, and those of the articles linked to it, so
	// that all of them are compared again; it drops the article's cluster
	// document too.
	UncomparedArticles(ctx context.Context, after string, limit int) ([]*Article, error)
	// ArticleTexts returns the articles with the given ids without their
	// annotations and stems (ID, Title, Language, Outlet, Published,
	// PublishedSource, URL and Body only), ordered by id, leaving out ids
	// that name no article: what dedup aligns, read in one query per
	// chunk of ids.
	ArticleTexts(ctx context.Context, ids []string) ([]*Article, error)
	// EachDedupFeatures calls fn with the features of every compared
	// article, ordered by article id, stopping at fn's first error.
	EachDedupFeatures(ctx context.Context, fn func(DedupFeatures) error) error
	// AddDedupFeatures stores the features of newly compared articles and
	// the links found for them, in one transaction.
	AddDedupFeatures(ctx context.Context, features []DedupFeatures, links []ReportLink) error
	// ReportLinks returns every stored link, ordered by A then B.
	ReportLinks(ctx context.Context) ([]ReportLink, error)

	// PutClusterDocs stores the cluster documents of articles, replacing
	// those stored before for the same articles.
	PutClusterDocs(ctx context.Context, docs []ClusterDoc) error
	// EachClusterDoc calls fn with every stored cluster document, ordered
	// by SortKey when bySortKey is set and by article id otherwise,
	// reading them a page at a time; it stops at fn's first error.
	EachClusterDoc(ctx context.Context, bySortKey bool, fn func(ClusterDoc) error) error
	// UndocumentedArticles returns the ids of the first limit articles
	// (all when limit is 0) that have no cluster document, ordered by id:
	// those stored before cluster documents were kept, or stored anew
	// without one.
	UndocumentedArticles(ctx context.Context, limit int) ([]string, error)

	Close() error
}
