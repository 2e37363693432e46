package extract

import (
	"fmt"
	"strings"

	"github.com/warta-news/warta"
)

// Result is the clean text and metadata of one document.
type Result struct {
	Title    string
	Body     string // one paragraph per line, lines separated by "\n"
	Author   string
	Outlet   string
	Dateline string // the place a dateline names ("MOSKOW", "Jakarta"), as written
	URL      string
	Language string

	// Published is the raw date string found in the page metadata or in a
	// date line of the text, unparsed; "" if none.
	Published string

	// Removed lists what the cleaner dropped and why.
	Removed []warta.RemovedLine
}

// ErrNoContent reports that a document holds no main text: an empty record,
// or a page where extraction found nothing but navigation.
var ErrNoContent = &warta.Error{Kind: warta.ErrInvalid, Message: "no main text found"}

// Document cleans doc: its HTML through HTML when it has any, else its text
// through Text. Metadata already present on doc wins over what is found in
// the content; an empty field is filled from the content.
func Document(doc warta.Document) (Result, error) {
	return DocumentWith(doc, nil)
}

// DocumentWith is Document with cross-article evidence for plain text:
// rep, if not nil, holds the line counts of the batch doc belongs to (see
// Repeats), and doc's lines are judged against its OutletKey.
func DocumentWith(doc warta.Document, rep *Repeats) (Result, error) {
	name := doc.ID
	if name == "" {
		name = doc.Origin
	}
	var (
		r   Result
		err error
	)
	switch {
	case strings.TrimSpace(doc.HTML) != "":
		r, err = HTML(doc.HTML, doc.URL)
		if err != nil {
			return Result{}, fmt.Errorf("extract %s: %w", name, err)
		}
	case strings.TrimSpace(doc.Text) != "":
		r = TextWith(doc.Text, Options{Repeats: rep, Outlet: OutletKey(doc)})
		if r.Body == "" {
			return Result{}, fmt.Errorf("extract %s: text is all boilerplate: %w", name, ErrNoContent)
		}
	default:
		return Result{}, fmt.Errorf("extract %s: empty document: %w", name, ErrNoContent)
	}
	r.Title = prefer(doc.Title, r.Title)
	r.URL = prefer(doc.URL, r.URL)
	r.Outlet = prefer(doc.Outlet, r.Outlet)
	r.Author = prefer(doc.Author, r.Author)
	r.Language = prefer(doc.Language, r.Language)
	r.Published = prefer(doc.Published, r.Published)
	return r, nil
}

// prefer returns given unless it is blank, and found then.
func prefer(given, found string) string {
	if g := strings.TrimSpace(given); g != "" {
		return g
	}
	return found
}
