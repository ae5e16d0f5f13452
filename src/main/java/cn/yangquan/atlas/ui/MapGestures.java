package cn.yangquan.atlas.ui;

import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The mouse and keyboard on the map: a drag pans, the wheel zooms around the cursor, a click that was not a drag
 * goes to the map's click handler; arrows pan, {@code +}/{@code -} zoom and Home shows the whole city. Each event only
 * changes the viewport (the images follow by a transform), so nothing is drawn per event.
 */
final class MapGestures {
    /** Pixels the mouse may move between press and release and still make a click. */
    private static final double DRAG_THRESHOLD = 3;

    private final MapView map;
    private double pressX;
    private double pressY;
    private double lastDragX;
    private double lastDragY;
    private boolean dragged;

    private MapGestures(MapView map) {
        this.map = map;
    }

    /** Handles the map's mouse and key events from now on. */
    static void install(MapView map) {
        MapGestures gestures = new MapGestures(map);
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, gestures::pressed);
        map.addEventHandler(MouseEvent.MOUSE_DRAGGED, gestures::dragged);
        map.addEventHandler(MouseEvent.MOUSE_RELEASED, gestures::released);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, event -> map.cursorAt(event.getX(), event.getY()));
        map.addEventHandler(ScrollEvent.SCROLL, gestures::scrolled);
        map.addEventHandler(KeyEvent.KEY_PRESSED, gestures::keyPressed);
    }

    private void pressed(MouseEvent event) {
        map.requestFocus();
        pressX = lastDragX = event.getX();
        pressY = lastDragY = event.getY();
        dragged = false;
    }

    private void dragged(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!dragged && Math.hypot(event.getX() - pressX, event.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        map.setCursor(Cursor.CLOSED_HAND);
        map.panByPixels(event.getX() - lastDragX, event.getY() - lastDragY);
        lastDragX = event.getX();
        lastDragY = event.getY();
    }

    private void released(MouseEvent event) {
        map.setCursor(Cursor.DEFAULT);
        if (!dragged && event.getButton() == MouseButton.PRIMARY) {
            map.clicked(event.getX(), event.getY());
        }
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() != 0 && map.zoomAround(event.getX(), event.getY(), Math.pow(1.2, event.getDeltaY() / 40.0))) {
            event.consume();
        }
    }

    private void keyPressed(KeyEvent event) {
        double step = Math.min(map.getWidth(), map.getHeight()) / 8;
        switch (event.getCode()) {
            case LEFT -> map.panByPixels(step, 0);
            case RIGHT -> map.panByPixels(-step, 0);
            case UP -> map.panByPixels(0, step);
            case DOWN -> map.panByPixels(0, -step);
            case PLUS, EQUALS, ADD -> map.zoomBy(1.5);
            case MINUS, SUBTRACT -> map.zoomBy(1 / 1.5);
            case HOME -> map.home();
            default -> {
                return;
            }
        }
        event.consume();
    }
}
