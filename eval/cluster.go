package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/cluster"
)

// Cluster scores the cluster stage on a labelled clustering set, told by
// its files:
//
//   - the UCI News Aggregator sample (uci-news-aggregator.csv): English
//     headlines of one day with gold STORY ids, scored at the event level,
//     split by a hash of the story id into a dev half and a test half;
//   - ECB+ (doc_clusters.tsv): news documents in topics of two sub-topics
//     (two events of one kind), scored at the event level against
//     sub-topics and at the storyline level against topics, on the usual
//     train, dev and test topics;
//   - id-news-rss-2025 (scrapping_news_*.csv): our own event labels of
//     Indonesian articles from six outlets (eval/testdata/cluster).
//
// split names the part reported in Metrics ("test" or "dev"; ECB+ also
// "train"); Parts hold every part and level. Scores are B-cubed precision,
// recall and F1 and pairwise F1.
func Cluster(dataDir, split string) (Report, error) {
	return ClusterWith(dataDir, split, cluster.Options{})
}

// ClusterWith is Cluster with the clusterer's options given, for tuning on
// a development part.
func ClusterWith(dataDir, split string, opt cluster.Options) (Report, error) {
	if split == "" {
		split = "test"
	}
	exists := func(name string) bool {
		_, err := os.Stat(filepath.Join(dataDir, name))
		return err == nil
	}
	csvs, _ := filepath.Glob(filepath.Join(dataDir, "scrapping_news_*.csv"))
	switch {
	case exists("uci-news-aggregator.csv"):
		return clusterUCI(dataDir, split, opt)
	case exists("doc_clusters.tsv"):
		return clusterECB(dataDir, split, opt)
	case len(csvs) > 0:
		return clusterIndonesian(dataDir, csvs, split, opt)
	}
	return Report{}, fmt.Errorf("eval cluster: %s holds none of uci-news-aggregator.csv, doc_clusters.tsv (ECB+) or scrapping_news_*.csv (id-news-rss-2025)", dataDir)
}

// assignments returns article → event and article → storyline.
func assignments(stories []warta.Storyline) (events, storylines map[string]string) {
	events, storylines = make(map[string]string), make(map[string]string)
	for _, s := range stories {
		for _, ev := range s.Events {
			for _, id := range ev.Articles {
				events[id] = ev.ID
				storylines[id] = s.ID
			}
		}
	}
	return events, storylines
}

// clusterScores scores pred against gold over the items of gold.
func clusterScores(pred, gold map[string]string) map[string]float64 {
	bp, br, bf := BCubed(pred, gold)
	pp, pr, pf := PairwiseF1(pred, gold)
	predClusters := make(map[string]bool)
	for item := range gold {
		if c, ok := pred[item]; ok {
			predClusters[c] = true
		} else {
			predClusters["\x00"+item] = true
		}
	}
	return map[string]float64{
		"bcubed_precision": bp, "bcubed_recall": br, "bcubed_f1": bf,
		"pairwise_precision": pp, "pairwise_recall": pr, "pairwise_f1": pf,
		"gold_clusters": float64(countClusters(gold)), "predicted_clusters": float64(len(predClusters)),
	}
}

// restrict returns the part of m whose items keep says.
func restrict(m map[string]string, keep func(item string) bool) map[string]string {
	out := make(map[string]string)
	for k, v := range m {
		if keep(k) {
			out[k] = v
		}
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
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
