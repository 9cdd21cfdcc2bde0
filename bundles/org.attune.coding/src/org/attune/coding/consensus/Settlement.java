package org.attune.coding.consensus;

import java.time.Instant;
import java.util.List;

import org.attune.model.User;

/**
 * The record of a settled disagreement: the decision, who made it and when, the coder the consensus codings belong
 * to, and the ids of the consensus codings the decision made.
 */
public record Settlement(Decision decision, User by, Instant at, User into, List<String> codings) {
}
