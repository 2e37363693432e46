package cluster

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

// top ranks a vector's entries by weight, heaviest first, the smaller id
// first on a tie, as a plain sort does.
func TestVectorTop(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for range 500 {
		v := randomVector(r, r.IntN(200), 1000)
		for i := range v.weights {
			if r.IntN(3) == 0 {
				v.weights[i] = float32(r.IntN(4)+1) / 8 // ties
			}
		}
		want := slices.Clone(v.ids)
		weight := make(map[int32]float32)
		for i, id := range v.ids {
			weight[id] = v.weights[i]
		}
		sort.Slice(want, func(i, j int) bool {
			a, b := want[i], want[j]
			if weight[a] != weight[b] {
				return weight[a] > weight[b]
			}
			return a < b
		})
		k := r.IntN(len(v.ids) + 5)
		want = want[:min(k, len(want))]
		if got := v.top(k); !slices.Equal(got, want) {
			t.Fatalf("top(%d) of %v %v = %v, want %v", k, v.ids, v.weights, got, want)
		}
	}
}
