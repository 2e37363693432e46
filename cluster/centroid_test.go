package cluster

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// mapCentroid is the plain form of a centroid that centroid must agree
// with: a weight per id.
type mapCentroid map[int32]float32

func (m mapCentroid) add(v vector) (fresh []int32) {
	for k, id := range v.ids {
		if _, ok := m[id]; !ok {
			fresh = append(fresh, id)
		}
		m[id] += v.weights[k]
	}
	return fresh
}

func (m mapCentroid) sub(v vector) {
	for k, id := range v.ids {
		if w, ok := m[id]; ok {
			if nw := w - v.weights[k]; nw > -1e-6 && nw < 1e-6 {
				delete(m, id)
			} else {
				m[id] = nw
			}
		}
	}
}

func randomVector(r *rand.Rand, n, space int) vector {
	var v vector
	for range n {
		v.ids = append(v.ids, int32(r.IntN(space)))
	}
	slices.Sort(v.ids)
	v.ids = slices.Compact(v.ids)
	for range v.ids {
		v.weights = append(v.weights, 0.05+r.Float32())
	}
	return v
}

// A centroid adds, takes out and finds the same weights as a map does,
// reports new ids in increasing order, keeps its ids sorted and its norm
// right, and gives the cosine a map gives.
func TestCentroidAgreesWithMap(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for round := range 200 {
		var c centroid
		m := mapCentroid{}
		var added []vector
		for step := range 30 {
			if len(added) > 0 && r.IntN(4) == 0 {
				i := r.IntN(len(added))
				c.sub(added[i])
				m.sub(added[i])
				added = slices.Delete(added, i, i+1)
			} else {
				v := randomVector(r, 1+r.IntN(40), 1+r.IntN(300))
				var fresh []int32
				c.add(v, func(id int32) { fresh = append(fresh, id) })
				if want := m.add(v); !slices.Equal(fresh, want) {
					t.Fatalf("round %d step %d: add reported %v new, want %v", round, step, fresh, want)
				}
				added = append(added, v)
			}
			if !slices.IsSorted(c.ids) || len(c.ids) != len(c.w) {
				t.Fatalf("round %d step %d: ids %v unsorted or %d weights", round, step, c.ids, len(c.w))
			}
			if len(c.ids) != len(m) {
				t.Fatalf("round %d step %d: %d entries, want %d", round, step, len(c.ids), len(m))
			}
			var norm2 float64
			for i, id := range c.ids {
				if w, ok := m[id]; !ok || math.Abs(float64(w-c.w[i])) > 1e-5 {
					t.Fatalf("round %d step %d: weight of %d = %v, want %v", round, step, id, c.w[i], w)
				}
				if c.get(id) != c.w[i] {
					t.Fatalf("round %d step %d: get(%d) = %v, want %v", round, step, id, c.get(id), c.w[i])
				}
				norm2 += float64(c.w[i]) * float64(c.w[i])
			}
			if math.Abs(norm2-c.norm2) > 1e-4*max(1, norm2) {
				t.Fatalf("round %d step %d: norm2 %v, want %v", round, step, c.norm2, norm2)
			}
			v := randomVector(r, 1+r.IntN(50), 300)
			var dot float64
			for k, id := range v.ids {
				dot += float64(m[id]) * float64(v.weights[k])
			}
			if got := c.dot(v); math.Abs(got-dot) > 1e-6*max(1, math.Abs(dot)) {
				t.Fatalf("round %d step %d: dot %v, want %v", round, step, got, dot)
			}
		}
	}
}

// find agrees with a binary search over the whole of c from any start at
// or before the answer.
func TestCentroidFind(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		var c centroid
		for range r.IntN(80) {
			c.ids = append(c.ids, int32(r.IntN(120)))
		}
		slices.Sort(c.ids)
		c.ids = slices.Compact(c.ids)
		id := int32(r.IntN(130))
		want, wantOK := slices.BinarySearch(c.ids, id)
		from := r.IntN(want + 1)
		if got, ok := c.find(id, from); got != want || ok != wantOK {
			t.Fatalf("find(%d, %d) in %v = %d, %v; want %d, %v", id, from, c.ids, got, ok, want, wantOK)
		}
	}
}

// Past maxCentroid entries a centroid keeps the heaviest half, ids still
// sorted and the norm that of what is left.
func TestCentroidPrune(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var c centroid
	m := mapCentroid{}
	for range 100 {
		v := randomVector(r, 200, 100000)
		c.add(v, nil)
		m.add(v)
		if len(m) > maxCentroid {
			break
		}
	}
	if len(m) <= maxCentroid {
		t.Fatal("the centroid never grew past maxCentroid")
	}
	if len(c.ids) != maxCentroid/2 || !slices.IsSorted(c.ids) {
		t.Fatalf("after pruning: %d entries (sorted %v), want %d sorted", len(c.ids), slices.IsSorted(c.ids), maxCentroid/2)
	}
	lightest := slices.Min(c.w)
	var norm2 float64
	for i, id := range c.ids {
		if m[id] != c.w[i] {
			t.Errorf("weight of %d = %v, want %v", id, c.w[i], m[id])
		}
		norm2 += float64(c.w[i]) * float64(c.w[i])
		delete(m, id)
	}
	for id, w := range m {
		if w > lightest {
			t.Errorf("dropped %d of weight %v, heavier than the kept %v", id, w, lightest)
		}
	}
	if math.Abs(norm2-c.norm2) > 1e-6*norm2 {
		t.Errorf("norm2 %v, want %v", c.norm2, norm2)
	}
}
