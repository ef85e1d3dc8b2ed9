package dev.cutroom.app.ui;

/**
 * What the window remembers of its layout between runs: bounds, maximised, and the split-pane divider positions
 * (top row: bin | viewer | right column; main: top row over timeline; right column: inspector over jobs). Values
 * read back are kept sane (dividers inside [0.05, 0.95] and in order, a minimum window size), so a damaged
 * preference cannot hide a panel.
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized,
                           double top0, double top1, double main, double right) {
    public static final double MIN_WIDTH = 640, MIN_HEIGHT = 400;
    private static final double W = 1440, H = 900, TOP0 = 0.22, TOP1 = 0.74, MAIN = 0.56, RIGHT = 0.74;
    public static final WindowLayout DEFAULT = new WindowLayout(Double.NaN, Double.NaN, W, H, false, TOP0, TOP1, MAIN, RIGHT);

    public WindowLayout {
        width = Double.isFinite(width) ? Math.max(MIN_WIDTH, width) : W;
        height = Double.isFinite(height) ? Math.max(MIN_HEIGHT, height) : H;
        top0 = divider(top0, TOP0);
        top1 = divider(top1, TOP1);
        if (top1 <= top0) { top0 = TOP0; top1 = TOP1; }
        main = divider(main, MAIN);
        right = divider(right, RIGHT);
    }

    private static double divider(double v, double fallback) {
        return Double.isFinite(v) ? Math.max(0.05, Math.min(0.95, v)) : fallback;
    }

    /** Whether a position was remembered (the first run lets the window system place the window). */
    public boolean hasPosition() { return Double.isFinite(x) && Double.isFinite(y); }

    public static WindowLayout load(EditorSettings s) {
        WindowLayout d = DEFAULT;
        return new WindowLayout(s.get("window.x", d.x), s.get("window.y", d.y), s.get("window.w", d.width), s.get("window.h", d.height),
                s.get("window.maximized", d.maximized), s.get("split.top.0", d.top0), s.get("split.top.1", d.top1),
                s.get("split.main", d.main), s.get("split.right", d.right));
    }

    /** Stores the layout and flushes. Bounds are only stored when not maximised (restoring un-maximises to them). */
    public void save(EditorSettings s) {
        s.put("window.maximized", maximized);
        if (!maximized) {
            if (hasPosition()) { s.put("window.x", x); s.put("window.y", y); }
            s.put("window.w", width);
            s.put("window.h", height);
        }
        s.put("split.top.0", top0);
        s.put("split.top.1", top1);
        s.put("split.main", main);
        s.put("split.right", right);
        s.flush();
    }
}
