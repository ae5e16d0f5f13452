package cn.yangquan.atlas.model.register;

import java.util.List;
import java.util.Map;

/**
 * A programme, project, 专栏 list or 十三五 achievement that names places, with its targets.
 *
 * @param section the township-report section it feeds ({@link TownshipReport#PROGRAMMES} when absent)
 * @param roles   what its sites are in it, by site kind ("village" → "重点旅游村 / tourism village"); may be empty
 */
public record Programme(String id, String name, String nameEn, String kind, String section, Map<String, String> roles,
                        String description, String source, String quote, String interpretation, List<Member> members,
                        List<String> sites, List<Target> targets) implements Cited {
    public Programme {
        section = section == null || section.isBlank() ? TownshipReport.PROGRAMMES : section;
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        members = members == null ? List.of() : List.copyOf(members);
        sites = sites == null ? List.of() : List.copyOf(sites);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
