package org.homeward.exports;

import java.awt.Color;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A chart of the statistics page (its SVG) read back as the shapes it is made of, for a PDF to
 * draw: rectangles, lines and texts, in the drawing's own units, y downwards. Only what
 * {@code SvgCharts} writes is understood; anything else in a drawing is left out.
 */
record SvgDrawing(float width, float height, List<Shape> shapes) {

    sealed interface Shape permits Box, Line, Label {
    }

    /** A rectangle, filled or (fill null) outlined; {@code dashed} outlines mark a hidden count. */
    record Box(float x, float y, float width, float height, Color fill, Color stroke, boolean dashed) implements Shape {
    }

    record Line(float x1, float y1, float x2, float y2, Color stroke, float strokeWidth) implements Shape {
    }

    /** A text at its baseline; {@code anchor} is "start", "middle" or "end" of a left-to-right drawing. */
    record Label(float x, float y, String anchor, String text) implements Shape {
    }

    static SvgDrawing parse(String svg) throws IOException {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException unreadable) {
            throw new IOException("A chart could not be read", unreadable);
        }
        String[] viewBox = root.getAttribute("viewBox").trim().split("\\s+");
        List<Shape> shapes = new ArrayList<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                Shape shape = shape(element);
                if (shape != null) {
                    shapes.add(shape);
                }
            }
        }
        return new SvgDrawing(Float.parseFloat(viewBox[2]), Float.parseFloat(viewBox[3]), shapes);
    }

    private static Shape shape(Element element) {
        return switch (element.getTagName()) {
            case "rect" -> new Box(number(element, "x"), number(element, "y"), number(element, "width"),
                    number(element, "height"), colour(element.getAttribute("fill")), colour(element.getAttribute("stroke")),
                    !element.getAttribute("stroke-dasharray").isEmpty());
            case "line" -> new Line(number(element, "x1"), number(element, "y1"), number(element, "x2"),
                    number(element, "y2"), colour(element.getAttribute("stroke")),
                    element.hasAttribute("stroke-width") ? number(element, "stroke-width") : 1);
            case "text" -> new Label(number(element, "x"), number(element, "y"),
                    element.hasAttribute("text-anchor") ? element.getAttribute("text-anchor") : "start",
                    element.getTextContent());
            default -> null;
        };
    }

    private static float number(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        return value.isEmpty() ? 0 : Float.parseFloat(value);
    }

    /** "#0072B2" as a colour; null for "none" or nothing. */
    private static Color colour(String value) {
        return value != null && value.matches("#[0-9A-Fa-f]{6}") ? new Color(Integer.parseInt(value.substring(1), 16))
                : null;
    }
}
