package cn.yangquan.atlas.model.thematic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Class bounds over a set of values: {@code bounds} holds classCount + 1 ascending numbers, from the minimum to the
 * maximum; class i covers [bounds[i], bounds[i+1]] (the lower bound is exclusive except for the first class).
 * Immutable.
 */
public record Classification(ClassificationMethod method, List<Double> bounds) {
    public Classification {
        bounds = List.copyOf(bounds);
        if (bounds.size() < 2) {
            throw new IllegalArgumentException("a classification needs at least one class");
        }
    }

    public int classCount() {
        return bounds.size() - 1;
    }

    /** The class of a value: 0 to classCount - 1; values outside the range go to the nearest class. */
    public int classOf(double value) {
        for (int i = 1; i < bounds.size() - 1; i++) {
            if (value <= bounds.get(i)) {
                return i - 1;
            }
        }
        return classCount() - 1;
    }

    /**
     * Classifies the values (NaN and infinite values are ignored) into at most {@code classes} classes; fewer when
     * there are fewer distinct values.
     */
    public static Classification of(ClassificationMethod method, double[] values, int classes) {
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no numeric values to classify");
        }
        int distinct = (int) Arrays.stream(sorted).distinct().count();
        int k = Math.max(1, Math.min(classes, distinct));
        List<Double> bounds = switch (method) {
            case QUANTILE -> quantile(sorted, k);
            case EQUAL_INTERVAL -> equalInterval(sorted, k);
            case NATURAL_BREAKS -> naturalBreaks(sorted, k);
        };
        return new Classification(method, dedupe(bounds));
    }

    private static List<Double> quantile(double[] sorted, int k) {
        List<Double> bounds = new ArrayList<>();
        bounds.add(sorted[0]);
        for (int i = 1; i < k; i++) {
            int index = (int) Math.ceil(i * sorted.length / (double) k) - 1;
            bounds.add(sorted[Math.max(0, Math.min(sorted.length - 1, index))]);
        }
        bounds.add(sorted[sorted.length - 1]);
        return bounds;
    }

    private static List<Double> equalInterval(double[] sorted, int k) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        List<Double> bounds = new ArrayList<>();
        for (int i = 0; i <= k; i++) {
            bounds.add(i == k ? max : min + (max - min) * i / k);
        }
        return bounds;
    }

    /** Jenks-Fisher optimal breaks by dynamic programming over the sorted values (O(k n²), fine for townships). */
    private static List<Double> naturalBreaks(double[] sorted, int k) {
        int n = sorted.length;
        double[][] variance = new double[n + 1][k + 1];
        int[][] lowerIndex = new int[n + 1][k + 1];
        for (double[] row : variance) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        variance[0][0] = 0;
        for (int end = 1; end <= n; end++) {
            double sum = 0;
            double squares = 0;
            for (int start = end; start >= 1; start--) {
                double value = sorted[start - 1];
                sum += value;
                squares += value * value;
                int count = end - start + 1;
                double within = squares - sum * sum / count;
                for (int j = 1; j <= k; j++) {
                    double candidate = variance[start - 1][j - 1] + within;
                    if (candidate < variance[end][j]) {
                        variance[end][j] = candidate;
                        lowerIndex[end][j] = start;
                    }
                }
            }
        }
        double[] bounds = new double[k + 1];
        bounds[k] = sorted[n - 1];
        bounds[0] = sorted[0];
        int end = n;
        for (int j = k; j >= 2; j--) {
            int start = lowerIndex[end][j];
            bounds[j - 1] = sorted[start - 2];
            end = start - 1;
        }
        List<Double> result = new ArrayList<>();
        for (double bound : bounds) {
            result.add(bound);
        }
        return result;
    }

    /** Drops repeated bounds; the first class may end at the minimum itself (a class of the smallest value). */
    private static List<Double> dedupe(List<Double> bounds) {
        List<Double> result = new ArrayList<>();
        for (Double bound : bounds) {
            if (result.isEmpty() || bound > result.get(result.size() - 1) || result.size() == 1) {
                result.add(bound);
            }
        }
        if (result.size() == 1) {
            result.add(result.get(0));
        }
        return result;
    }
}
