package org.attune.ui.ratings;

import java.util.OptionalLong;

import org.attune.ui.handlers.ActionHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * The media player's commands (its buttons; Space, arrows, comma/period, I/O in the context {@link PlayerKeys#CONTEXT}):
 * which one an instance runs is the data after the class name in {@code plugin.xml}. They act on the player whether
 * or not it has the focus (its buttons run them). Set In, Set Out and Go take an optional {@link #TIME} (as typed,
 * {@code hh:mm:ss.mmm}); without it Set In/Out mark the current time and Go puts the cursor in the player's time box.
 * Code Range codes the marked range with the code named in {@link #CODE}, without it with the one typed in the player.
 */
public class PlayerHandler extends ActionHandler {
    /** The optional parameter of Set In, Set Out and Go: a time as typed, e.g. {@code 00:01:02.500}. */
    public static final String TIME = "org.attune.ui.ratings.player.time";
    /** The optional parameter of Code Range: the name of the code (created if new). */
    public static final String CODE = "org.attune.ui.ratings.player.code";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        MediaPlayerView player = activeOrView(event, MediaPlayerView.ID, MediaPlayerView.class).orElse(null);
        if (player == null) {
            return null;
        }
        String typed = event.getParameter(TIME);
        OptionalLong time = typed == null ? OptionalLong.of(player.currentMs()) : player.parseTime(typed);
        switch (action) {
            case "playPause" -> player.togglePlay();
            case "back" -> player.seek(player.currentMs() - 1000);
            case "forward" -> player.seek(player.currentMs() + 1000);
            case "previousFrame" -> player.stepFrames(-1);
            case "nextFrame" -> player.stepFrames(1);
            case "reload" -> player.reloadPlayer();
            case "setIn" -> time.ifPresent(player::setIn);
            case "setOut" -> time.ifPresent(player::setOut);
            case "codeRange" -> {
                String code = event.getParameter(CODE);
                player.codeWithName(code == null ? player.typedCodeName() : code);
            }
            case "go" -> {
                if (typed == null) {
                    player.focusTime();
                } else {
                    time.ifPresent(player::seek);
                }
            }
            default -> throw unknown(action);
        }
        return null;
    }
}
