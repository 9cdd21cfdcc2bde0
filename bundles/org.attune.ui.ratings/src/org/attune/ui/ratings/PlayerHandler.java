package org.attune.ui.ratings;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The media player's commands (Space, arrows, comma/period, I/O in the context {@link PlayerKeys#CONTEXT}): which
 * one an instance runs is the data after the class name in {@code plugin.xml}; active in the player only.
 */
public class PlayerHandler extends AbstractHandler implements IExecutableExtension {
    private String action;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        action = String.valueOf(data);
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActivePart(event) instanceof MediaPlayerView player)) {
            return null;
        }
        switch (action) {
            case "playPause" -> player.togglePlay();
            case "back" -> player.seek(player.currentMs() - 1000);
            case "forward" -> player.seek(player.currentMs() + 1000);
            case "previousFrame" -> player.stepFrames(-1);
            case "nextFrame" -> player.stepFrames(1);
            case "setIn" -> player.setIn(player.currentMs());
            case "setOut" -> player.setOut(player.currentMs());
            default -> throw new ExecutionException("no player action '" + action + "'");
        }
        return null;
    }
}
