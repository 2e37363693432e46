package cluster

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"
)

// stream generates a synthetic news stream: perDay articles a day, each
// about one of the events running that day (events last a few days and
// belong to storylines that recur over months), written with words of
// its event and storyline and with background words drawn from a Zipf
// law over a large vocabulary, as real text is.
type stream struct {
	rng      *rand.Rand
	zipf     *rand.Zipf
	perDay   int
	n        int
	events   []synthEvent
	nextID   int
	storyIDs int
}

type synthEvent struct {
	story     int
	words     []string
	names     []string
	ends      int // day
	storyWord []string
}

func newStream(perDay int) *stream {
	rng := rand.New(rand.NewPCG(1, 2))
	return &stream{rng: rng, zipf: rand.NewZipf(rng, 1.1, 2, 200000), perDay: perDay}
}

func (s *stream) day() int { return s.n / s.perDay }

func (s *stream) next() Doc {
	day := s.day()
	// Keep about perDay/20 events running.
	live := s.events[:0]
	for _, e := range s.events {
		if e.ends >= day {
			live = append(live, e)
		}
	}
	s.events = live
	for len(s.events) < max(1, s.perDay/20) {
		// One event in five continues a storyline of the last few hundred.
		story := s.storyIDs
		if s.storyIDs > 0 && s.rng.IntN(5) == 0 {
			story = max(0, s.storyIDs-1-s.rng.IntN(300))
		} else {
			s.storyIDs++
		}
		e := synthEvent{story: story, ends: day + 1 + s.rng.IntN(4)}
		for i := range 12 {
			e.words = append(e.words, fmt.Sprintf("ev%d_%d", s.nextID, i))
		}
		for i := range 6 {
			e.storyWord = append(e.storyWord, fmt.Sprintf("st%d_%d", story, i))
		}
		e.names = []string{fmt.Sprintf("Nama%d Tokoh", story), fmt.Sprintf("Tempat%d Kota", s.nextID)}
		s.nextID++
		s.events = append(s.events, e)
	}
	e := s.events[s.rng.IntN(len(s.events))]
	d := Doc{ID: fmt.Sprintf("d%d", s.n), Language: "id",
		Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, day).Format("2006-01-02"),
		Names:     e.names}
	for range 25 {
		d.Terms = append(d.Terms, e.words[s.rng.IntN(len(e.words))])
	}
	for range 10 {
		d.Terms = append(d.Terms, e.storyWord[s.rng.IntN(len(e.storyWord))])
	}
	for range 120 {
		d.Terms = append(d.Terms, fmt.Sprintf("w%d", s.zipf.Uint64()))
	}
	s.n++
	return d
}

// filled holds one index per size, filled once and reused by every run.
var filled = map[int]struct {
	x *Index
	s *stream
}{}

// Both benchmarks report CPU time (cpu-ns/op, cpu-s/op) beside wall time:
// on a shared machine the wall time includes waiting for the CPU.

// BenchmarkIndexAdd measures adding one article to an index that
// already holds 10k, 100k or 1M articles of a stream of 2,000 a day,
// and reports the heap per article held. The cost per article should not
// grow with the index. The 1M case takes minutes to fill: run it with
// -bench 'IndexAdd/1M' -benchtime 20000x.
func BenchmarkIndexAdd(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"10k", 10_000}, {"100k", 100_000}, {"1M", 1_000_000}} {
		b.Run(size.name, func(b *testing.B) {
			f, ok := filled[size.n]
			if !ok {
				f.s, f.x = newStream(2000), NewIndex(Options{})
				for range size.n {
					f.x.Add(f.s.next())
				}
				filled[size.n] = f
			}
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			heapPerDoc := float64(ms.HeapAlloc) / float64(f.x.Len())
			docs := make([]Doc, b.N)
			for i := range docs {
				docs[i] = f.s.next()
			}
			b.ResetTimer()
			cpu := cpuTime()
			for i := range b.N {
				f.x.Add(docs[i])
			}
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
			b.ReportMetric(heapPerDoc, "heapB/doc")
		})
	}
}

// buildN is the corpus size of BenchmarkBuild100k.
var buildN = 100_000

// BenchmarkBuild100k clusters 100,000 synthetic articles from scratch, as
// Build does for a whole corpus.
func BenchmarkBuild100k(b *testing.B) {
	s := newStream(2000)
	docs := make([]Doc, buildN)
	for i := range docs {
		docs[i] = s.next()
	}
	b.ResetTimer()
	cpu := cpuTime()
	for range b.N {
		BuildDocs(docs, Options{})
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e9, "cpu-s/op")
}
