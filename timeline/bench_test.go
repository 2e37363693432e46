package timeline_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/dedup"
	"github.com/warta-news/warta/pipeline"
	"github.com/warta-news/warta/timeline"
)

// BenchmarkBuildCrisis builds one timeline over ML-Crisis's Spanish Egypt
// articles (176 once analysed), each article an event of its own, as the
// timeline evaluation does.
func BenchmarkBuildCrisis(b *testing.B) {
	files, _ := filepath.Glob("../../shared/data/ml-crisis-tls/es/egypt/*/*.txt")
	if len(files) == 0 {
		b.Skip("ML-Crisis not found at ../../shared/data/ml-crisis-tls (it lives beside the repository)")
	}
	an := pipeline.NewAnalyzer(nil)
	byID := map[string]*warta.Article{}
	var arts []*warta.Article
	story := warta.Storyline{ID: "egypt"}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a, err := an.Analyze(warta.Document{ID: filepath.Base(f), Format: "txt", Text: string(data),
			Published: filepath.Base(filepath.Dir(f)), Language: "es"})
		if err != nil {
			continue
		}
		arts = append(arts, a)
		byID[a.ID] = a
		story.Events = append(story.Events, warta.Event{ID: a.ID, Date: a.Published, Articles: []string{a.ID}})
	}
	groups := dedup.Groups(arts)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		timeline.Build(story, byID, groups)
	}
}
