package eval

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/cluster"
	"github.com/warta-news/warta/entity"
	"github.com/warta-news/warta/text"
)

// ecbSplit returns the usual part of an ECB+ topic (Cybulska & Vossen's
// test topics 36–45; dev topics 2, 5, 12, 18, 21, 23, 34, 35 as in later
// event coreference work; the rest train).
func ecbSplit(topic int) string {
	switch {
	case topic >= 36:
		return "test"
	case topic == 2 || topic == 5 || topic == 12 || topic == 18 || topic == 21 || topic == 23 || topic == 34 || topic == 35:
		return "dev"
	}
	return "train"
}

type ecbDoc struct {
	name, subtopic string
	topic          int
}

// clusterECB clusters the ECB+ documents of each part on their own and
// scores events against sub-topics and storylines against topics, and the
// other way round, so that event-vs-topic confusion shows.
func clusterECB(dataDir, split string, opt cluster.Options) (Report, error) {
	if split != "train" && split != "dev" && split != "test" {
		return Report{}, fmt.Errorf("eval cluster: ECB+ has splits train, dev and test, not %q", split)
	}
	docs, err := readECBClusters(filepath.Join(dataDir, "doc_clusters.tsv"))
	if err != nil {
		return Report{}, fmt.Errorf("eval cluster: %w", err)
	}
	rep := Report{Task: "cluster", Data: dataDir, Split: split,
		Notes: "ECB+ documents (detokenised, undated); Metrics: events against gold sub-topics and storylines against gold topics of the split named (test = topics 36–45, dev = 2 5 12 18 21 23 34 35, train = the rest)"}
	for _, part := range []string{"train", "dev", "test"} {
		var arts []*warta.Article
		subtopic, topic := make(map[string]string), make(map[string]string)
		for _, d := range docs {
			if ecbSplit(d.topic) != part {
				continue
			}
			a, err := readECBDoc(filepath.Join(dataDir, "ECB+_LREC2014", "ECB+", strconv.Itoa(d.topic), d.name+".xml"), d.name)
			if err != nil {
				return Report{}, fmt.Errorf("eval cluster: %w", err)
			}
			arts = append(arts, a)
			subtopic[d.name], topic[d.name] = d.subtopic, strconv.Itoa(d.topic)
		}
		events, storylines := assignments(cluster.Build(arts, nil, opt))
		level := func(pred, gold map[string]string, what string) Report {
			return Report{Task: "cluster", Data: dataDir, Split: part, N: len(arts), Metrics: clusterScores(pred, gold), Notes: what}
		}
		ev := level(events, subtopic, "events against sub-topics")
		st := level(storylines, topic, "storylines against topics")
		rep.Parts = append(rep.Parts, ev, st,
			level(events, topic, "events against topics"),
			level(storylines, subtopic, "storylines against sub-topics"))
		if part == split {
			rep.N = len(arts)
			rep.Metrics = make(map[string]float64)
			for k, v := range ev.Metrics {
				rep.Metrics["event_"+k] = v
			}
			for k, v := range st.Metrics {
				rep.Metrics["topic_"+k] = v
			}
		}
	}
	return rep, nil
}

func readECBClusters(path string) ([]ecbDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []ecbDoc
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 || fields[0] == "doc" {
			continue
		}
		t, err := strconv.Atoi(fields[1])
		if err != nil {
			return nil, fmt.Errorf("%s: topic %q: %w", path, fields[1], err)
		}
		docs = append(docs, ecbDoc{name: fields[0], topic: t, subtopic: fields[2]})
	}
	return docs, sc.Err()
}

// readECBDoc reads one ECB+ document's tokens into an article: sentences
// joined by newlines, tokens by spaces. The ecbplus documents' sentence 0
// is their source URL and is left out.
func readECBDoc(path, name string) (*warta.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := xml.NewDecoder(f)
	var b strings.Builder
	sentence := ""
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "token" {
			continue
		}
		var t struct {
			Sentence string `xml:"sentence,attr"`
			Text     string `xml:",chardata"`
		}
		if err := dec.DecodeElement(&t, &se); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if strings.HasSuffix(name, "plus") && t.Sentence == "0" {
			continue
		}
		if sentence != "" && t.Sentence != sentence {
			b.WriteByte('\n')
		} else if b.Len() > 0 {
			b.WriteByte(' ')
		}
		sentence = t.Sentence
		b.WriteString(t.Text)
	}
	body := b.String()
	title, _, _ := strings.Cut(body, "\n")
	return &warta.Article{
		ID: name, Title: title, Body: body, Language: "en",
		Stems:    text.StemText("en", title+"\n"+body),
		Entities: entity.Canonical(entity.Extract(body, "en"), "en"),
	}, nil
}
