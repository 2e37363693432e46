package eval

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/cluster"
	"github.com/warta-news/warta/entity"
	"github.com/warta-news/warta/text"
)

// Cluster scores the cluster stage on a labelled clustering set. Today it
// reads the UCI News Aggregator sample (uci-news-aggregator.csv: English
// headlines with a gold STORY id): every headline becomes an article, the
// stage groups them, and its storylines are compared with the gold stories
// by B-cubed precision, recall and F1 and by pairwise F1. split is ignored:
// the sample has no splits and nothing is tuned on it.
func Cluster(dataDir, split string) (Report, error) {
	path := filepath.Join(dataDir, "uci-news-aggregator.csv")
	if _, err := os.Stat(path); err != nil {
		return Report{}, fmt.Errorf("eval cluster: %s holds no uci-news-aggregator.csv (the only set supported so far): %w", dataDir, err)
	}
	articles, gold, err := readUCI(path)
	if err != nil {
		return Report{}, fmt.Errorf("eval cluster: %w", err)
	}
	stories := cluster.Build(articles, nil, cluster.Options{})
	pred := make(map[string]string, len(articles))
	for _, s := range stories {
		for _, ev := range s.Events {
			for _, id := range ev.Articles {
				pred[id] = s.ID
			}
		}
	}
	bp, br, bf := BCubed(pred, gold)
	pp, pr, pf := PairwiseF1(pred, gold)
	return Report{
		Task: "cluster", Data: dataDir, N: len(articles),
		Metrics: map[string]float64{
			"bcubed_precision": bp, "bcubed_recall": br, "bcubed_f1": bf,
			"pairwise_precision": pp, "pairwise_recall": pr, "pairwise_f1": pf,
			"gold_clusters": float64(countClusters(gold)), "predicted_clusters": float64(countClusters(pred)),
		},
		Notes: "UCI headlines as articles (title only); storylines of the cluster stage against gold STORY ids",
	}, nil
}

// readUCI reads the headlines and their gold story ids, skipping rows
// without a timestamp (the sample's last row is truncated).
func readUCI(path string) ([]*warta.Article, map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: header: %w", path, err)
	}
	col := make(map[string]int)
	for i, h := range header {
		col[h] = i
	}
	for _, need := range []string{"ID", "TITLE", "PUBLISHER", "STORY", "TIMESTAMP"} {
		if _, ok := col[need]; !ok {
			return nil, nil, fmt.Errorf("%s: no %s column", path, need)
		}
	}
	var articles []*warta.Article
	gold := make(map[string]string)
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				continue // a broken row is left out, as the truncated last one
			}
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		if len(rec) < len(header) {
			continue
		}
		ms, err := strconv.ParseInt(rec[col["TIMESTAMP"]], 10, 64)
		if err != nil {
			continue
		}
		id := "uci-" + rec[col["ID"]]
		title := rec[col["TITLE"]]
		articles = append(articles, &warta.Article{
			ID: id, Title: title, Body: title, Language: "en", Outlet: rec[col["PUBLISHER"]],
			Published: time.UnixMilli(ms).UTC().Format("2006-01-02"),
			Stems:     text.StemText("en", title),
			Entities:  entity.Extract(title, "en"),
		})
		gold[id] = rec[col["STORY"]]
	}
	return articles, gold, nil
}

// BCubed returns B-cubed precision, recall and F1 of a predicted clustering
// against a gold one, both given as item → cluster id, over the items of
// gold (an item missing from pred counts as a cluster of its own).
func BCubed(pred, gold map[string]string) (p, r, f float64) {
	predMembers := make(map[string][]string)
	goldSize := make(map[string]int)
	for item, g := range gold {
		goldSize[g]++
		c, ok := pred[item]
		if !ok {
			c = "\x00" + item
		}
		predMembers[c] = append(predMembers[c], item)
	}
	if len(gold) == 0 {
		return 0, 0, 0
	}
	for _, members := range predMembers {
		inter := make(map[string]int)
		for _, item := range members {
			inter[gold[item]]++
		}
		for _, item := range members {
			same := float64(inter[gold[item]])
			p += same / float64(len(members))
			r += same / float64(goldSize[gold[item]])
		}
	}
	n := float64(len(gold))
	p, r = p/n, r/n
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// PairwiseF1 returns the precision, recall and F1 of the item pairs that
// pred puts together, against the pairs gold puts together.
func PairwiseF1(pred, gold map[string]string) (p, r, f float64) {
	type key struct{ c, g string }
	both := make(map[key]int)
	predSize := make(map[string]int)
	goldSize := make(map[string]int)
	for item, g := range gold {
		c, ok := pred[item]
		if !ok {
			c = "\x00" + item
		}
		both[key{c, g}]++
		predSize[c]++
		goldSize[g]++
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var tp, predPairs, goldPairs float64
	for _, n := range both {
		tp += pairs(n)
	}
	for _, n := range predSize {
		predPairs += pairs(n)
	}
	for _, n := range goldSize {
		goldPairs += pairs(n)
	}
	return PRF(tp, predPairs-tp, goldPairs-tp)
}

func countClusters(m map[string]string) int {
	seen := make(map[string]bool)
	for _, c := range m {
		seen[c] = true
	}
	return len(seen)
}
