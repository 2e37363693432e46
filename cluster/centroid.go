package cluster

import (
	"math"
	"slices"
	"sort"
)

// centroid is the sum of the unit vectors of a cluster's documents, with
// its squared norm kept up to date. Its entries are kept as a vector is,
// ids in increasing order beside their weights: a cosine with an
// article's vector then reads both in order, which costs less than a
// hash lookup per term, and the sums run in the same order every time.
type centroid struct {
	ids   []int32
	w     []float32
	norm2 float64
}

// maxCentroid bounds the entries of one centroid; past it the lightest
// are dropped, so that a storyline of thousands of articles stays small.
const maxCentroid = 1500

// find returns the position of id in c (where it would go when c lacks
// it), and whether it is there, looking no earlier than from: ids looked
// up in increasing order search only past the last one found, and first
// by steps that double, as the next id is usually near.
func (c *centroid) find(id int32, from int) (int, bool) {
	ids := c.ids
	lo, step := from, 1
	hi := lo
	for hi < len(ids) && ids[hi] < id {
		lo = hi + 1
		hi += step
		step *= 2
	}
	hi = min(hi+1, len(ids))
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ids[m] < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(ids) && ids[lo] == id
}

// get returns the weight of id in c, 0 when c lacks it.
func (c *centroid) get(id int32) float32 {
	if i, ok := c.find(id, 0); ok {
		return c.w[i]
	}
	return 0
}

// add adds v and reports the ids that were new to the centroid, in
// increasing order.
func (c *centroid) add(v vector, isNew func(id int32)) {
	var fresh []int32 // positions in v of the ids new to c
	if len(c.ids) < len(v.ids) {
		fresh = make([]int32, 0, len(v.ids))
	}
	at := 0
	for k, id := range v.ids {
		i, ok := c.find(id, at)
		at = i
		var old float32
		if ok {
			old = c.w[i]
		} else {
			fresh = append(fresh, int32(k))
		}
		nw := old + v.weights[k]
		if ok {
			c.w[i] = nw
		}
		c.norm2 += float64(nw)*float64(nw) - float64(old)*float64(old)
		if !ok && isNew != nil {
			isNew(id)
		}
	}
	if len(fresh) > 0 {
		c.insert(v, fresh)
	}
	if len(c.ids) > maxCentroid {
		c.prune(maxCentroid / 2)
	}
}

// insert merges the entries of v at positions fresh (increasing), all
// new to c, into c, working from the end so that nothing moves twice.
func (c *centroid) insert(v vector, fresh []int32) {
	n := len(c.ids)
	c.ids = slices.Grow(c.ids, len(fresh))[:n+len(fresh)]
	c.w = slices.Grow(c.w, len(fresh))[:n+len(fresh)]
	i, j := n-1, len(fresh)-1
	for out := len(c.ids) - 1; j >= 0; out-- {
		k := fresh[j]
		if i >= 0 && c.ids[i] > v.ids[k] {
			c.ids[out], c.w[out] = c.ids[i], c.w[i]
			i--
		} else {
			c.ids[out], c.w[out] = v.ids[k], v.weights[k]
			j--
		}
	}
}

// prune keeps the keep heaviest entries.
func (c *centroid) prune(keep int) {
	all := make([]int, len(c.ids))
	for i := range all {
		all[i] = i
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if c.w[a] != c.w[b] {
			return c.w[a] > c.w[b]
		}
		return c.ids[a] < c.ids[b]
	})
	all = all[:keep]
	c.norm2 = 0
	for _, i := range all {
		c.norm2 += float64(c.w[i]) * float64(c.w[i])
	}
	slices.Sort(all)
	ids, w := make([]int32, keep), make([]float32, keep)
	for k, i := range all {
		ids[k], w[k] = c.ids[i], c.w[i]
	}
	c.ids, c.w = ids, w
}

// merge adds centroid o to c, in id order so that new ids are reported
// in the same order every run.
func (c *centroid) merge(o *centroid, isNew func(id int32)) {
	c.add(vector{ids: o.ids, weights: o.w}, isNew)
}

// cosineWith returns the cosine between two centroids.
func (c *centroid) cosineWith(o *centroid) float64 {
	if c.norm2 <= 0 || o.norm2 <= 0 {
		return 0
	}
	return mergeDot(c.ids, c.w, o.ids, o.w) / math.Sqrt(c.norm2*o.norm2)
}

// cosine returns the cosine between unit vector v and the centroid.
func (c *centroid) cosine(v vector) float64 {
	if c.norm2 <= 0 || len(v.ids) == 0 {
		return 0
	}
	return c.dot(v) / math.Sqrt(c.norm2)
}

// dot returns the dot product of v and c, summed in increasing id order.
// Lists of like length are merged in step; otherwise the shorter one
// drives and the longer one is searched forward (find).
func (c *centroid) dot(v vector) float64 {
	switch {
	case len(c.ids) > 4*len(v.ids):
		return searchDot(v.ids, v.weights, c)
	case len(v.ids) > 4*len(c.ids):
		return searchDot(c.ids, c.w, &centroid{ids: v.ids, w: v.weights})
	}
	return mergeDot(c.ids, c.w, v.ids, v.weights)
}

// searchDot returns the dot product of the sparse vector given by ids and
// weights with the much longer long, looking each id up in long.
func searchDot(ids []int32, weights []float32, long *centroid) float64 {
	var s float64
	at := 0
	for k, id := range ids {
		i, ok := long.find(id, at)
		if i >= len(long.ids) {
			break
		}
		at = i
		if ok {
			s += float64(long.w[i]) * float64(weights[k])
		}
	}
	return s
}

// mergeDot returns the dot product of two sparse vectors given as sorted
// ids and weights, walking both in step.
func mergeDot(aIDs []int32, aW []float32, bIDs []int32, bW []float32) float64 {
	var s float64
	i, j := 0, 0
	for i < len(aIDs) && j < len(bIDs) {
		switch a, b := aIDs[i], bIDs[j]; {
		case a < b:
			i++
		case a > b:
			j++
		default:
			s += float64(aW[i]) * float64(bW[j])
			i++
			j++
		}
	}
	return s
}

// sub takes v, added to c before, out of c again (what pruning dropped
// stays out).
func (c *centroid) sub(v vector) {
	gone := false
	at := 0
	for k, id := range v.ids {
		i, ok := c.find(id, at)
		at = i
		if !ok {
			continue
		}
		old := c.w[i]
		nw := old - v.weights[k]
		c.norm2 += float64(nw)*float64(nw) - float64(old)*float64(old)
		if nw > -1e-6 && nw < 1e-6 {
			c.norm2 -= float64(nw) * float64(nw)
			c.ids[i], gone = -1, true // dropped below
		} else {
			c.w[i] = nw
		}
	}
	if gone {
		n := 0
		for i, id := range c.ids {
			if id >= 0 {
				c.ids[n], c.w[n] = id, c.w[i]
				n++
			}
		}
		c.ids, c.w = c.ids[:n], c.w[:n]
	}
	if c.norm2 < 1e-9 {
		c.norm2 = 0
	}
}

// cosineWithout returns the cosine between v and c without v (v was
// added to c), and whether anything is left of c.
func (c *centroid) cosineWithout(v vector) (float64, bool) {
	var vv float64
	for _, x := range v.weights {
		vv += float64(x) * float64(x)
	}
	dot := c.dot(v)
	n2 := c.norm2 - 2*dot + vv
	if n2 <= 1e-9 || vv == 0 {
		return 0, n2 > 1e-9
	}
	return (dot - vv) / math.Sqrt(n2*vv), true
}
