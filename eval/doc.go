// Package eval scores Warta's stages on labelled data sets. Each task reads
// its data set from disk at run time (the sets live outside the repository,
// in ../shared/data), runs the stage and returns a Report with the metrics
// the set's own literature uses, so that the numbers can be compared with
// published ones.
package eval
