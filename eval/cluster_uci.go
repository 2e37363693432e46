package eval

import (
	"encoding/csv"
	"errors"
	"fmt"
	"hash/fnv"
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

// clusterUCI clusters the UCI headlines and scores events against gold
// stories. The sample has no split, so the stories are split in two by a
// hash of their id: each half is clustered on its own, "dev" to tune and
// "test" to report. The headlines are all of one day, so they are scored
// at the event level; storylines are scored too, as a second part.
func clusterUCI(dataDir, split string, opt cluster.Options) (Report, error) {
	articles, gold, err := readUCI(filepath.Join(dataDir, "uci-news-aggregator.csv"))
	if err != nil {
		return Report{}, fmt.Errorf("eval cluster: %w", err)
	}
	if split != "dev" && split != "test" {
		return Report{}, fmt.Errorf("eval cluster: the UCI headlines have splits dev and test, not %q", split)
	}
	rep := Report{Task: "cluster", Data: dataDir, Split: split,
		Notes: "UCI headlines as articles (title only); gold STORY ids split by FNV-1a hash into dev (even) and test (odd) halves, each clustered alone; Metrics: events of the split named"}
	for _, part := range []string{"dev", "test"} {
		var arts []*warta.Article
		for _, a := range articles {
			if uciSplit(gold[a.ID]) == part {
				arts = append(arts, a)
			}
		}
		partGold := restrict(gold, func(id string) bool { return uciSplit(gold[id]) == part })
		events, storylines := assignments(cluster.Build(arts, nil, opt))
		ev := Report{Task: "cluster", Data: dataDir, Split: part, N: len(arts), Metrics: clusterScores(events, partGold), Notes: "events against gold stories"}
		st := Report{Task: "cluster", Data: dataDir, Split: part, N: len(arts), Metrics: clusterScores(storylines, partGold), Notes: "storylines against gold stories"}
		rep.Parts = append(rep.Parts, ev, st)
		if part == split {
			rep.N, rep.Metrics = ev.N, ev.Metrics
		}
	}
	return rep, nil
}

// uciSplit puts a gold story in "dev" or "test" by a hash of its id.
func uciSplit(story string) string {
	h := fnv.New32a()
	h.Write([]byte(story))
	if h.Sum32()%2 == 0 {
		return "dev"
	}
	return "test"
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
			ID: id, Title: title, Body: title, Language: "en", Outlet: rec[col["PUBLISHER"]], URL: rec[col["URL"]],
			Published: time.UnixMilli(ms).UTC().Format("2006-01-02"),
			Stems:     text.StemText("en", title),
			Entities:  entity.Extract(title, "en"),
		})
		gold[id] = rec[col["STORY"]]
	}
	return articles, gold, nil
}
