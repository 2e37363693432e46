package ingest

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/warta-news/warta"
)

// readFeed reads an RSS or Atom feed held in data: each item is a
// Document. The item body is content:encoded (RSS) or content (Atom), else
// the description or summary; a body with tags goes in HTML.
func (in *input) readFeed(data []byte) error {
	feed, err := parseFeed(data)
	if err != nil {
		return in.fileError(fmt.Errorf("parse feed: %w", err))
	}
	lines := itemLines(data, len(feed.Items))
	for i, it := range feed.Items {
		if err := in.ctx.Err(); err != nil {
			return err
		}
		in.records++
		origin := in.path + "#" + strconv.Itoa(i+1)
		if lines != nil {
			origin = in.at(lines[i])
		}
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		if strings.TrimSpace(body) == "" {
			in.fail(&InputError{Path: origin, Err: fmt.Errorf("%w: item has no content or description", ErrNoBody)})
			continue
		}
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		published := it.Published
		if published == "" {
			published = it.Updated
		}
		language := feed.Language
		if it.DublinCoreExt != nil && len(it.DublinCoreExt.Language) > 0 {
			language = it.DublinCoreExt.Language[0]
		}
		d := warta.Document{
			ID:        recordID(it.GUID, link, in.base, i+1),
			Origin:    origin,
			Format:    in.format,
			Title:     strings.TrimSpace(it.Title),
			URL:       strings.TrimSpace(link),
			Outlet:    strings.TrimSpace(feed.Title),
			Author:    itemAuthor(it),
			Language:  strings.TrimSpace(language),
			Published: strings.TrimSpace(published),
		}
		if hasTags(body) {
			d.HTML = body
		} else {
			d.Text = body
		}
		if err := in.emit(d); err != nil {
			return err
		}
	}
	return nil
}

// parseFeed runs gofeed, turning a panic on hostile input into an error:
// bad input must never bring the process down.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", p)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}

// itemAuthor joins an item's author names, falling back to Dublin Core
// creators.
func itemAuthor(it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, strings.TrimSpace(p.Name))
		}
	}
	if len(names) == 0 && it.Author != nil && strings.TrimSpace(it.Author.Name) != "" {
		names = append(names, strings.TrimSpace(it.Author.Name))
	}
	if len(names) == 0 && it.DublinCoreExt != nil {
		names = append(names, it.DublinCoreExt.Creator...)
	}
	return strings.Join(names, ", ")
}

// itemLines returns the line of each <item> or <entry> start tag in data,
// or nil when their number is not want (tags inside CDATA or comments, say),
// in which case records are named by their ordinal instead.
func itemLines(data []byte, want int) []int {
	var lines []int
	line := 1
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '\n':
			line++
		case '<':
			rest := data[i+1:]
			for _, tag := range []string{"item", "entry"} {
				if len(rest) > len(tag) && string(rest[:len(tag)]) == tag {
					switch rest[len(tag)] {
					case '>', ' ', '\t', '\r', '\n', '/':
						lines = append(lines, line)
					}
				}
			}
		}
	}
	if len(lines) != want {
		return nil
	}
	return lines
}
