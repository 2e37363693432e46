package eval

import (
	"bufio"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/cluster"
	"github.com/warta-news/warta/ingest"
	"github.com/warta-news/warta/pipeline"
)

// idEventLabels are our event labels of articles of id-news-rss-2025: url,
// event, storyline, one article a line.
//
//go:embed testdata/cluster/id-news-rss-2025-events.tsv
var idEventLabels string

type idLabel struct{ event, storyline string }

func readIDLabels() (map[string]idLabel, error) {
	labels := make(map[string]idLabel)
	sc := bufio.NewScanner(strings.NewReader(idEventLabels))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("event labels line %d: want url, event, storyline", n)
		}
		labels[f[0]] = idLabel{f[1], f[2]}
	}
	return labels, sc.Err()
}

// clusterIndonesian analyses the labelled articles of id-news-rss-2025
// with the whole per-article pipeline (the first row of each URL; the
// clock set to the day after the dump) and scores events against our
// event labels and storylines against our storyline labels. The set is a
// development set: there is no held-out part, so split is ignored.
func clusterIndonesian(dataDir string, csvs []string, _ string, opt cluster.Options) (Report, error) {
	labels, err := readIDLabels()
	if err != nil {
		return Report{}, fmt.Errorf("eval cluster: %w", err)
	}
	clock := time.Date(2025, 6, 21, 0, 0, 0, 0, time.UTC)
	an := pipeline.NewAnalyzer(func() time.Time { return clock })
	var rd ingest.Reader
	seen := make(map[string]bool)
	var arts []*warta.Article
	events, storylines := make(map[string]string), make(map[string]string)
	for _, path := range csvs {
		err := rd.Read(context.Background(), ingest.File{Path: path}, func(doc warta.Document) error {
			l, ok := labels[doc.URL]
			if !ok || seen[doc.URL] {
				return nil
			}
			seen[doc.URL] = true
			a, err := an.Analyze(doc)
			if err != nil {
				return fmt.Errorf("analyse %s: %w", doc.URL, err)
			}
			a.ID = doc.URL
			arts = append(arts, a)
			events[a.ID], storylines[a.ID] = l.event, l.storyline
			return nil
		}, func(error) {})
		if err != nil && !errors.Is(err, context.Canceled) {
			return Report{}, fmt.Errorf("eval cluster: %s: %w", path, err)
		}
	}
	if len(arts) < len(labels) {
		return Report{}, fmt.Errorf("eval cluster: found %d of the %d labelled articles in %s", len(arts), len(labels), dataDir)
	}
	predEvents, predStories := assignments(cluster.Build(arts, nil, opt))
	ev := Report{Task: "cluster", Data: dataDir, Split: "dev", N: len(arts), Metrics: clusterScores(predEvents, events), Notes: "events against our event labels"}
	st := Report{Task: "cluster", Data: dataDir, Split: "dev", N: len(arts), Metrics: clusterScores(predStories, storylines), Notes: "storylines against our storyline labels"}
	return Report{
		Task: "cluster", Data: dataDir, Split: "dev", N: len(arts), Metrics: ev.Metrics,
		Parts: []Report{ev, st,
			{Task: "cluster", Data: dataDir, Split: "dev", N: len(arts), Metrics: clusterScores(predEvents, storylines), Notes: "events against our storyline labels"}},
		Notes: "our own dev set: 184 articles of 18-20 June 2025 from five outlets in 15 events and 12 storylines (eval/testdata/cluster); Metrics: events",
	}, nil
}
