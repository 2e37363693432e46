package cluster

import (
	"errors"
	"reflect"
	"sort"
	"testing"
)

func TestDocBinaryRoundTrip(t *testing.T) {
	for _, d := range Docs(corpus(), nil) {
		d.Dates = append(d.Dates, "2025-01-09")
		b, err := d.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var got Doc
		if err := got.UnmarshalBinary(b); err != nil {
			t.Fatalf("UnmarshalBinary(%s): %v", d.ID, err)
		}
		if !reflect.DeepEqual(got, d) {
			t.Errorf("round trip of %s:\n%+v\nwant\n%+v", d.ID, got, d)
		}
		for n := range len(b) - 1 {
			var cut Doc
			if err := cut.UnmarshalBinary(b[:n]); err == nil {
				t.Errorf("UnmarshalBinary(%s cut to %d of %d bytes) = nil error", d.ID, n, len(b))
				break
			}
		}
	}
}

// A Doc's group is not part of its binary form.
func TestDocBinaryDropsGroup(t *testing.T) {
	d := Doc{ID: "a", Terms: []string{"banjir", "rumah", "banjir"}, Group: "g-1"}
	b, _ := d.MarshalBinary()
	var got Doc
	if err := got.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	d.Group = ""
	if !reflect.DeepEqual(got, d) {
		t.Errorf("got %+v, want %+v", got, d)
	}
}

func FuzzDocUnmarshalBinary(f *testing.F) {
	d := Docs(corpus(), nil)[0]
	b, _ := d.MarshalBinary()
	f.Add(b)
	f.Add([]byte{docVersion})
	f.Fuzz(func(t *testing.T, b []byte) {
		var d Doc
		if err := d.UnmarshalBinary(b); err != nil {
			return
		}
		again, _ := d.MarshalBinary()
		var e Doc
		if err := e.UnmarshalBinary(again); err != nil || !reflect.DeepEqual(d, e) {
			t.Errorf("decoded doc does not survive a round trip: %v", err)
		}
	})
}

// BuildStream, fed in SortKey order, gives what BuildDocs gives.
func TestBuildStreamEqualsBuildDocs(t *testing.T) {
	docs := Docs(corpus(), nil)
	docs = append(docs, Doc{ID: "u1", Title: "Banjir Kampung Melayu", Terms: []string{"banjir", "kampung", "melayu"}})
	want := BuildDocs(docs, Options{})
	sorted := append([]Doc(nil), docs...)
	sort.Slice(sorted, func(i, j int) bool { return SortKey(sorted[i]) < SortKey(sorted[j]) })
	passes := 0
	got, err := BuildStream(func(yield func(Doc) error) error {
		passes++
		for _, d := range sorted {
			if err := yield(d); err != nil {
				return err
			}
		}
		return nil
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if passes != 2 {
		t.Errorf("BuildStream read the corpus %d times, want 2", passes)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("BuildStream:\n%+v\nwant, as BuildDocs,\n%+v", got, want)
	}
	boom := errors.New("boom")
	if _, err := BuildStream(func(func(Doc) error) error { return boom }, Options{}); !errors.Is(err, boom) {
		t.Errorf("BuildStream with a failing source: %v, want %v", err, boom)
	}
}

// SortKey orders as Build does: dated first, by time, then by id.
func TestSortKey(t *testing.T) {
	docs := []Doc{{ID: "b", Published: "2025-01-10"}, {ID: "a", Published: "2025-01-10T08:00:00Z"}, {ID: "c"}, {ID: "a", Published: "2025-01-10"}, {ID: "z", Published: "2024-12-31"}, {ID: "0"}}
	sort.Slice(docs, func(i, j int) bool { return SortKey(docs[i]) < SortKey(docs[j]) })
	for i := 1; i < len(docs); i++ {
		if !earlier(docs[i-1].Published, docs[i-1].ID, docs[i].Published, docs[i].ID) {
			t.Errorf("SortKey puts %+v before %+v", docs[i-1], docs[i])
		}
	}
}
