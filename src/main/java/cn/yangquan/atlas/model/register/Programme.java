package cn.yangquan.atlas.model.register;

import java.util.List;

/** A programme, project or 专栏 list that names places, with its targets. */
public record Programme(String id, String name, String nameEn, String kind, String description, String source,
                        String quote, String interpretation, List<Member> members, List<String> sites,
                        List<Target> targets) implements Cited {
    public Programme {
        members = members == null ? List.of() : List.copyOf(members);
        sites = sites == null ? List.of() : List.copyOf(sites);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
