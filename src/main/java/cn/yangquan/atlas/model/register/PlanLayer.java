package cn.yangquan.atlas.model.register;

import java.util.List;

/** One functional circle, agglomeration zone or industry: its member townships, named places, enterprises and targets. */
public record PlanLayer(String id, String name, String nameEn, String description, String source, String quote,
                        String interpretation, List<ProductLine> productLines, List<Member> members,
                        List<String> sites, List<Mention> enterprises, List<Mention> brands, List<Target> targets)
        implements Cited {
    public PlanLayer {
        productLines = productLines == null ? List.of() : List.copyOf(productLines);
        members = members == null ? List.of() : List.copyOf(members);
        sites = sites == null ? List.of() : List.copyOf(sites);
        enterprises = enterprises == null ? List.of() : List.copyOf(enterprises);
        brands = brands == null ? List.of() : List.copyOf(brands);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** The product line's English name, or its id when the layer has no such line. */
    public String productNameEn(String productId) {
        return productLines.stream().filter(p -> p.id().equals(productId)).map(ProductLine::nameEn).findFirst()
                .orElse(productId);
    }

    public String productName(String productId) {
        return productLines.stream().filter(p -> p.id().equals(productId)).map(ProductLine::name).findFirst()
                .orElse(productId);
    }
}
