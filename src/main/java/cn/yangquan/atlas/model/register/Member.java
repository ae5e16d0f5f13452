package cn.yangquan.atlas.model.register;

import java.util.List;

/** A township named as part of a layer or programme; {@code products} lists an industry's product-line ids. */
public record Member(String township, List<String> products, String source, String quote, String interpretation)
        implements Cited {
    public Member {
        products = products == null ? List.of() : List.copyOf(products);
    }
}
