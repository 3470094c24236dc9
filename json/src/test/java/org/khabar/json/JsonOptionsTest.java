package org.khabar.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.json.JsonOptions.Layer;

class JsonOptionsTest {

  @Test
  void defaultsWriteEveryLayerOnOneLine() {
    JsonOptions d = JsonOptions.defaults();
    assertEquals(EnumSet.allOf(Layer.class), d.layers());
    assertEquals(Map.of(), d.models());
    assertFalse(d.pretty());
  }

  @Test
  void withoutLeavesLayersOutAndKeepsTheRest() {
    JsonOptions o = JsonOptions.defaults().withPretty(true).without(Layer.TOKENS);
    assertFalse(o.writes(Layer.TOKENS));
    assertTrue(o.writes(Layer.ENTITIES));
    assertTrue(o.pretty());
    assertEquals(EnumSet.of(Layer.QUOTES), o.withLayers(Set.of(Layer.QUOTES)).layers());
  }

  @Test
  void modelsKeepTheirOrder() {
    Map<String, String> models = new LinkedHashMap<>();
    models.put("z", "1");
    models.put("a", "2");
    assertEquals(List.of("z", "a"),
        new ArrayList<>(JsonOptions.defaults().withModels(models).models().keySet()));
  }

  @Test
  void layersByFieldName() {
    for (Layer layer : Layer.values()) {
      assertEquals(layer, Layer.ofFieldName(layer.fieldName()));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Layer.ofFieldName("token"));
    assertTrue(e.getMessage().contains("'token'") && e.getMessage().contains("tokens"),
        e.getMessage());
  }

  @Test
  void nullsAreNamed() {
    Map<String, String> withNull = new LinkedHashMap<>();
    withNull.put("ner", null);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> JsonOptions.defaults().withModels(withNull));
    assertTrue(e.getMessage().contains("ner"), e.getMessage());
    assertThrows(NullPointerException.class, () -> JsonOptions.defaults().without((Layer) null));
  }
}
