package cn.yangquan.atlas.model;

/** How one layer is shown: visible or not, and its opacity from 0 (transparent) to 1. */
public record LayerState(String layerId, boolean visible, double opacity) {
    public LayerState {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity of layer " + layerId + " must lie in [0, 1]: " + opacity);
        }
    }

    public LayerState withVisible(boolean newVisible) {
        return new LayerState(layerId, newVisible, opacity);
    }

    public LayerState withOpacity(double newOpacity) {
        return new LayerState(layerId, visible, newOpacity);
    }
}
