package timeline

import (
	"sort"
	"strconv"
	"strings"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// Build returns the timeline of story. articles must hold every article the
// story's events name; groups are the report groups, used to count
// independent sources.
func Build(story warta.Storyline, articles map[string]*warta.Article, groups []warta.ReportGroup) warta.Timeline {
	groupOf := make(map[string]string)
	for i, g := range groups {
		key := g.ID
		if key == "" {
			key = "group-" + strconv.Itoa(i)
		}
		for _, id := range g.Articles {
			groupOf[id] = key
		}
	}
	tl := warta.Timeline{Storyline: story.ID, Title: story.Title, Events: []warta.TimelineEvent{}}
	for _, ev := range story.Events {
		te := warta.TimelineEvent{
			Date:     ev.Date,
			Title:    ev.Title,
			Kind:     warta.KindReported,
			Articles: append([]string(nil), ev.Articles...),
			Sources:  []string{},
			Evidence: []warta.Evidence{},
		}
		reports := make(map[string]bool)
		outlets := make(map[string]bool)
		for _, id := range ev.Articles {
			a, ok := articles[id]
			if !ok {
				continue
			}
			outlet := a.Outlet
			if outlet == "" {
				outlet = "unknown outlet (" + a.ID + ")"
			}
			if !outlets[outlet] {
				outlets[outlet] = true
				te.Sources = append(te.Sources, outlet)
			}
			// An article counts as its own report unless it belongs to a
			// group of copies; an outlet counts once per report.
			report := a.ID
			if g, ok := groupOf[a.ID]; ok {
				report = g
			}
			reports[report] = true
			if start, end, ok := leadSentence(a.Body); ok {
				te.Evidence = append(te.Evidence, warta.Evidence{Article: a.ID, Start: start, End: end})
				if te.Summary == "" {
					te.Summary = strings.TrimSpace(a.Body[start:end])
				}
			}
		}
		te.IndependentSources = min(len(reports), len(outlets))
		sort.Strings(te.Sources)
		tl.Events = append(tl.Events, te)
	}
	sort.SliceStable(tl.Events, func(i, j int) bool {
		a, b := tl.Events[i].Date, tl.Events[j].Date
		if a == "" || b == "" {
			return b == "" && a != ""
		}
		return a < b
	})
	return tl
}

// leadSentence returns the span of the first sentence of body.
func leadSentence(body string) (start, end int, ok bool) {
	for _, s := range text.Sentences(body) {
		if strings.TrimSpace(body[s.Start:s.End]) != "" {
			return s.Start, s.End, true
		}
	}
	return 0, 0, false
}
