package cn.yangquan.atlas.model.register;

import java.util.List;

/** Contents of {@code data/places.json}. */
public record Places(List<County> counties, List<Township> townships, List<Site> sites) {
    public Places {
        counties = counties == null ? List.of() : List.copyOf(counties);
        townships = townships == null ? List.of() : List.copyOf(townships);
        sites = sites == null ? List.of() : List.copyOf(sites);
    }
}
