package eval

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/dedup"
	"github.com/warta-news/warta/pipeline"
	"github.com/warta-news/warta/sqlite"
	"github.com/warta-news/warta/text"
	"github.com/warta-news/warta/timeline"
)

// Timeline scores the timeline stage. dataDir is either ML-Crisis
// (ml-crisis-tls: {lang}/{topic}/{YYYY-MM-DD}/*.txt articles and
// {lang}/reference/{topic}.txt gold timelines in the tilse format) or
// Warta's examples directory (gold.json with a gold timeline per
// storyline). split is ignored: neither set has splits, and nothing is
// tuned on ML-Crisis.
func Timeline(dataDir, split string) (Report, error) {
	if _, err := os.Stat(filepath.Join(dataDir, "gold.json")); err == nil {
		return timelineExamples(dataDir)
	}
	return timelineCrisis(dataDir, "es", nil)
}

// timelineCrisis runs the timeline stage on each topic's articles in lang
// and scores it against the topic's gold timeline, as news-tls does:
// the predicted timeline has as many dates as the gold one, each with as
// many sentences as the gold one has per date on average, and its dates
// lie within the gold timeline's first and last date.
// topics, when not nil, limits the run to those topics.
func timelineCrisis(dataDir, lang string, topics []string) (Report, error) {
	refDir := filepath.Join(dataDir, lang, "reference")
	refs, err := filepath.Glob(filepath.Join(refDir, "*.txt"))
	if err != nil || len(refs) == 0 {
		return Report{}, fmt.Errorf("eval timeline: %s holds no gold timelines (%s/*.txt) and no gold.json", dataDir, refDir)
	}
	sort.Strings(refs)
	an := pipeline.NewAnalyzer(nil)
	rep := Report{Task: "timeline", Data: dataDir, Metrics: map[string]float64{}}
	var sumDate, sumAR1, sumAR1P, sumAR1R, sumPubDate, sumPubAR1, sumNoQDate, sumNoQAR1 float64
	for _, refPath := range refs {
		topic := strings.TrimSuffix(filepath.Base(refPath), ".txt")
		if topics != nil && !slices.Contains(topics, topic) {
			continue
		}
		ref, sents, err := readTilse(refPath)
		if err != nil {
			return Report{}, fmt.Errorf("eval timeline: %w", err)
		}
		articles, err := readDatedArticles(an, filepath.Join(dataDir, lang, topic), lang)
		if err != nil {
			return Report{}, fmt.Errorf("eval timeline %s: %w", topic, err)
		}
		rd := ref.dates()
		k := max(1, int(math.Round(float64(sents)/float64(len(ref)))))
		query := topicQuery[topic]
		score := func(articles []*warta.Article) (df, ap, ar, af float64) {
			tl := buildWhole(topic, articles)
			pred := selectTLS(tl, articles, len(ref), k, rd[0], rd[len(rd)-1], lang, query)
			_, _, df = DateF1(pred, ref)
			ap, ar, af = AlignedROUGE1(pred, ref, lang)
			return df, ap, ar, af
		}
		df, ap, ar, af := score(articles)
		// The same with publication dates only: what the dates read from
		// the text add.
		bare := make([]*warta.Article, len(articles))
		for i, a := range articles {
			c := *a
			c.Timexes = nil
			bare[i] = &c
		}
		pdf, _, _, paf := score(bare)
		// And without the topic query.
		query = nil
		qdf, _, _, qaf := score(articles)
		sumDate += df
		sumAR1 += af
		sumAR1P += ap
		sumAR1R += ar
		sumPubDate += pdf
		sumPubAR1 += paf
		sumNoQDate += qdf
		sumNoQAR1 += qaf
		rep.N++
		rep.Parts = append(rep.Parts, Report{Task: "timeline", Data: topic, N: len(articles), Metrics: map[string]float64{
			"date_f1": df, "ar1_f": af, "ar1_p": ap, "ar1_r": ar,
			"date_f1_pubdates_only": pdf, "ar1_f_pubdates_only": paf,
			"date_f1_no_query": qdf, "ar1_f_no_query": qaf,
			"gold_dates": float64(len(ref)), "sentences_per_date": float64(k),
		}})
	}
	n := float64(rep.N)
	rep.Metrics["date_f1"] = sumDate / n
	rep.Metrics["ar1_f"] = sumAR1 / n
	rep.Metrics["ar1_p"] = sumAR1P / n
	rep.Metrics["ar1_r"] = sumAR1R / n
	rep.Metrics["date_f1_pubdates_only"] = sumPubDate / n
	rep.Metrics["ar1_f_pubdates_only"] = sumPubAR1 / n
	rep.Metrics["date_f1_no_query"] = sumNoQDate / n
	rep.Metrics["ar1_f_no_query"] = sumNoQAR1 / n
	rep.Notes = fmt.Sprintf("ML-Crisis %s, one storyline per topic (its articles, publication date from the folder); "+
		"dates ranked by how many articles date an entry to them; Date-F1 and AR1-F (align+ m:1 ROUGE-1) "+
		"as news-tls, averaged over %d topics; the topic's name is the query, as news-tls uses keywords "+
		"(*_pubdates_only: the text's own dates left out; *_no_query: every article and sentence); "+
		"published on English Crisis: Date-F1 0.295, AR1-F 0.089", lang, rep.N)
	return rep, nil
}

// readTilse reads a gold timeline in the tilse format: a date line, its
// sentences, and a line of dashes; a date may come back in several
// blocks. It returns the timeline and its number of sentences.
func readTilse(path string) (TLS, int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	tl := TLS{}
	n := 0
	for _, block := range strings.Split(string(data), "--------------------------------") {
		lines := strings.Split(strings.TrimSpace(block), "\n")
		if len(lines) == 0 || strings.TrimSpace(lines[0]) == "" {
			continue
		}
		d, err := time.Parse("2006-01-02", strings.TrimSpace(lines[0]))
		if err != nil {
			return nil, 0, fmt.Errorf("%s: date line %q: %w", path, lines[0], err)
		}
		for _, s := range lines[1:] {
			if s = strings.TrimSpace(s); s != "" {
				tl[d] = append(tl[d], s)
				n++
			}
		}
	}
	if len(tl) == 0 {
		return nil, 0, fmt.Errorf("%s: no dated entries", path)
	}
	return tl, n, nil
}

// readDatedArticles analyses the articles in dir/{YYYY-MM-DD}/*.txt, each
// dated by its folder.
func readDatedArticles(an *pipeline.Analyzer, dir, lang string) ([]*warta.Article, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []*warta.Article
	for _, p := range paths {
		date := filepath.Base(filepath.Dir(p))
		if _, err := time.Parse("2006-01-02", date); err != nil {
			continue
		}
		body, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		id := date + "/" + strings.TrimSuffix(filepath.Base(p), ".txt")
		a, err := an.Analyze(warta.Document{ID: id, Origin: p, Format: "txt", Text: string(body), Published: date, Language: lang})
		if err != nil {
			continue // no text
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no dated articles in %s", dir)
	}
	return out, nil
}

// buildWhole tells all articles as one storyline, one event per article.
func buildWhole(id string, articles []*warta.Article) warta.Timeline {
	byID := make(map[string]*warta.Article, len(articles))
	story := warta.Storyline{ID: id}
	for _, a := range articles {
		byID[a.ID] = a
		story.Events = append(story.Events, warta.Event{ID: a.ID, Date: a.Published, Title: a.Title, Articles: []string{a.ID}})
	}
	return timeline.Build(story, byID, dedup.Groups(articles))
}

// topicQuery holds, per ML-Crisis topic, the beginnings of the Spanish
// words for its country and people ("Egipto", "egipcio"): the query that
// says which articles and sentences are about the topic, as news-tls's
// topic keywords do.
var topicQuery = map[string][]string{
	"egypt": {"egipt", "egipci"}, "libya": {"libi"}, "syria": {"siri"}, "yemen": {"yemen"},
}

// mentions reports whether s has a word that begins with one of query's
// prefixes; an empty query matches everything.
func mentions(s string, query []string) bool {
	if len(query) == 0 {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, q := range query {
			if strings.HasPrefix(text.Fold(w), q) {
				return true
			}
		}
	}
	return false
}

// selectTLS turns a timeline into a summarisation timeline of n days
// between first and last: the days that the most articles about the
// query date an entry to, each summarised by its k most central evidence
// sentences that mention the query (those sharing the most words with
// the day's other evidence), leaving out sentences that repeat one
// already taken. When no sentence of a day mentions the query, all are
// candidates.
func selectTLS(tl warta.Timeline, articles []*warta.Article, n, k int, first, last time.Time, lang string, query []string) TLS {
	byID := make(map[string]*warta.Article, len(articles))
	about := map[string]bool{}
	for _, a := range articles {
		byID[a.ID] = a
		about[a.ID] = mentions(a.Title+"\n"+a.Body, query)
	}
	type dayInfo struct {
		articles    map[string]bool
		sents, hits []string
	}
	days := map[time.Time]*dayInfo{}
	for _, ev := range tl.Events {
		start, _, precision, ok := timeline.Period(ev.Date)
		if !ok || precision != warta.PrecisionDay || start.Before(first) || start.After(last) {
			continue
		}
		di := days[start]
		if di == nil {
			di = &dayInfo{articles: map[string]bool{}}
			days[start] = di
		}
		for _, id := range ev.Articles {
			if about[id] {
				di.articles[id] = true
			}
		}
		for _, e := range ev.Evidence {
			if a := byID[e.Article]; a != nil && about[a.ID] {
				s := strings.Join(strings.Fields(a.Body[e.Start:e.End]), " ")
				if !slices.Contains(di.sents, s) {
					di.sents = append(di.sents, s)
					if mentions(s, query) {
						di.hits = append(di.hits, s)
					}
				}
			}
		}
	}
	order := make([]time.Time, 0, len(days))
	for d, di := range days {
		if len(di.articles) > 0 {
			order = append(order, d)
		}
	}
	slices.SortFunc(order, func(a, b time.Time) int {
		return cmp.Or(cmp.Compare(len(days[b].articles), len(days[a].articles)), a.Compare(b))
	})
	if len(order) > n {
		order = order[:n]
	}
	out := TLS{}
	for _, d := range order {
		cands := days[d].hits
		if len(cands) == 0 {
			cands = days[d].sents
		}
		out[d] = centralSentences(cands, k, lang)
	}
	return out
}

// centralSentences picks the k sentences that share the most words with
// the others, skipping any that shares half its words with one taken.
func centralSentences(sents []string, k int, lang string) []string {
	toks := make([]map[string]int, len(sents))
	for i, s := range sents {
		toks[i] = rougeTokens(lang, []string{s})
	}
	score := make([]float64, len(sents))
	for i := range sents {
		for j := range sents {
			if i != j {
				score[i] += rougeApprox(toks[i], toks[j])
			}
		}
	}
	idx := make([]int, len(sents))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(score[b], score[a]) })
	var out []string
	var taken []int
	for _, i := range idx {
		if len(out) == k {
			break
		}
		if slices.ContainsFunc(taken, func(j int) bool { return rougeApprox(toks[i], toks[j]) >= 0.5 }) {
			continue
		}
		taken = append(taken, i)
		out = append(out, sents[i])
	}
	return out
}

// examplesGold is the part of examples/gold.json the timeline task reads.
type examplesGold struct {
	Articles []struct {
		Ref string `json:"ref"`
		URL string `json:"url"`
	} `json:"articles"`
	Storylines []struct {
		ID     string `json:"id"`
		Events []struct {
			ID       string   `json:"id"`
			Date     string   `json:"date"`
			Title    string   `json:"title"`
			Articles []string `json:"articles"`
		} `json:"events"`
		Timeline []struct {
			Date        string   `json:"date"`
			Kind        string   `json:"kind"`
			Description string   `json:"description"`
			Articles    []string `json:"articles"`
		} `json:"timeline"`
	} `json:"storylines"`
}

// timelineExamples ingests Warta's example articles into a scratch store,
// tells each gold storyline (its gold events, so that clustering errors
// do not count here) and scores every entry against the gold timeline:
// Date-F1 over dates as written (precision counts: "2024-11" is not
// "2024-11-18"), kind accuracy on the dates both have, and AR1-F with
// each date placed on its first day.
func timelineExamples(dataDir string) (Report, error) {
	raw, err := os.ReadFile(filepath.Join(dataDir, "gold.json"))
	if err != nil {
		return Report{}, fmt.Errorf("eval timeline: %w", err)
	}
	var gold examplesGold
	if err := json.Unmarshal(raw, &gold); err != nil {
		return Report{}, fmt.Errorf("eval timeline: %s: %w", filepath.Join(dataDir, "gold.json"), err)
	}
	ctx := context.Background()
	tmp, err := os.MkdirTemp("", "warta-eval-timeline-")
	if err != nil {
		return Report{}, fmt.Errorf("eval timeline: %w", err)
	}
	defer os.RemoveAll(tmp)
	store, err := sqlite.Open(ctx, filepath.Join(tmp, "warta.db"))
	if err != nil {
		return Report{}, fmt.Errorf("eval timeline: %w", err)
	}
	defer store.Close()
	an := pipeline.NewAnalyzer(nil)
	ing := &pipeline.Ingester{Store: store, Analyzer: an, Workers: 1}
	if _, err := ing.Run(ctx, []string{filepath.Join(dataDir, "articles")}); err != nil {
		return Report{}, fmt.Errorf("eval timeline: ingest: %w", err)
	}
	if err := pipeline.Corpus(ctx, store, an); err != nil {
		return Report{}, fmt.Errorf("eval timeline: %w", err)
	}
	stored, err := store.Articles(ctx)
	if err != nil {
		return Report{}, fmt.Errorf("eval timeline: %w", err)
	}
	groups, err := store.ReportGroups(ctx)
	if err != nil {
		return Report{}, fmt.Errorf("eval timeline: %w", err)
	}
	byID := map[string]*warta.Article{}
	byURL := map[string]*warta.Article{}
	for _, a := range stored {
		byID[a.ID] = a
		if a.URL != "" {
			byURL[a.URL] = a
		}
	}
	idOf := func(ref string) string {
		if a := byID[ref]; a != nil {
			return a.ID
		}
		if a := byURL[ref]; a != nil {
			return a.ID
		}
		for _, g := range gold.Articles {
			if g.Ref == ref && byURL[g.URL] != nil {
				return byURL[g.URL].ID
			}
		}
		return ref
	}

	rep := Report{Task: "timeline", Data: dataDir, Metrics: map[string]float64{}}
	var sumDate, sumAR1, kindHits, kindN float64
	for _, gs := range gold.Storylines {
		story := warta.Storyline{ID: gs.ID}
		for _, ev := range gs.Events {
			e := warta.Event{ID: ev.ID, Date: ev.Date, Title: ev.Title}
			for _, ref := range ev.Articles {
				e.Articles = append(e.Articles, idOf(ref))
			}
			story.Events = append(story.Events, e)
		}
		tl := timeline.Build(story, byID, groups)

		goldDates, predDates := map[string]string{}, map[string]string{}
		ref, pred := TLS{}, TLS{}
		for _, g := range gs.Timeline {
			goldDates[g.Date] += g.Kind + " "
			if start, _, _, ok := timeline.Period(g.Date); ok {
				ref[start] = append(ref[start], g.Description)
			}
		}
		for _, ev := range tl.Events {
			if ev.Date == "" {
				continue
			}
			predDates[ev.Date] += ev.Kind + " "
			if start, _, _, ok := timeline.Period(ev.Date); ok {
				pred[start] = append(pred[start], ev.Summary)
			}
		}
		shared := 0
		for d, kinds := range predDates {
			if gk, ok := goldDates[d]; ok {
				shared++
				kindN++
				for _, k := range strings.Fields(kinds) {
					if strings.Contains(gk, k) {
						kindHits++
						break
					}
				}
			}
		}
		_, _, df := PRF(float64(shared), float64(len(predDates)-shared), float64(len(goldDates)-shared))
		_, _, af := AlignedROUGE1(pred, ref, "id")
		sumDate += df
		sumAR1 += af
		rep.N++
		rep.Parts = append(rep.Parts, Report{Task: "timeline", Data: gs.ID, N: len(tl.Events), Metrics: map[string]float64{
			"date_f1": df, "ar1_f": af, "gold_dates": float64(len(goldDates)), "predicted_dates": float64(len(predDates)),
		}})
	}
	if rep.N == 0 {
		return Report{}, fmt.Errorf("eval timeline: %s/gold.json has no storylines", dataDir)
	}
	rep.Metrics["date_f1"] = sumDate / float64(rep.N)
	rep.Metrics["ar1_f"] = sumAR1 / float64(rep.N)
	if kindN > 0 {
		rep.Metrics["kind_accuracy"] = kindHits / kindN
	}
	rep.Notes = "Warta's examples: each gold storyline (gold events) told by the timeline stage, every entry scored; " +
		"Date-F1 on dates as written, AR1-F with dates on their first day, kind accuracy on shared dates"
	return rep, nil
}
