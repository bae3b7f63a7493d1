package io.pulsecheck.platform.slack;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The JSON in the {@code payload} form field of a Slack {@code block_actions} interaction.
 *
 * @param type {@code block_actions}
 * @param user who clicked
 * @param team the workspace
 * @param enterprise the Enterprise Grid organisation, if any
 * @param actions the clicked element; Submit is {@code pulse_submit} with the cycle id as value
 * @param state every input block's current value, by block id and action id
 * @param responseUrl where a reply replacing the original message goes
 */
@Schema(name = "SlackInteraction", description = "Slack block_actions interaction payload (the Submit of a pulse).")
@RegisterForReflection
public record SlackInteraction(
        @NotBlank @Size(max = 64) String type,
        @NotNull @Valid User user,
        @Valid Team team,
        @Valid Team enterprise,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid Action> actions,
        @Valid State state,
        @JsonProperty("response_url") @Size(max = 1000) String responseUrl) {

    public static final String BLOCK_ACTIONS = "block_actions";
    public static final String SUBMIT_ACTION = "pulse_submit";

    /** @param id the Slack user id */
    @Schema(name = "SlackUser", description = "The Slack user who acted.")
    public record User(@NotBlank @Size(max = 64) String id) {
    }

    /** @param id the workspace id */
    @Schema(name = "SlackTeam", description = "The Slack workspace.")
    public record Team(@Size(max = 64) String id) {
    }

    /**
     * @param actionId which element
     * @param blockId its block
     * @param value the button's value
     */
    @Schema(name = "SlackAction", description = "The element that was clicked.")
    public record Action(
            @JsonProperty("action_id") @Size(max = 255) String actionId,
            @JsonProperty("block_id") @Size(max = 255) String blockId,
            @Size(max = 2000) String value) {
    }

    /** @param values input values by block id, then action id */
    @Schema(name = "SlackState", description = "Current values of the message's input blocks.")
    public record State(@Size(max = 50) Map<String, Map<String, @Valid Input>> values) {
    }

    /**
     * @param type the element type, e.g. {@code radio_buttons} or {@code plain_text_input}
     * @param value text inputs: the text
     * @param selectedOption choices: the selected option, null when none
     * @param selectedOptions checkboxes: the ticked options
     */
    @Schema(name = "SlackInput", description = "The value of one input element.")
    public record Input(
            @Size(max = 64) String type,
            @Size(max = 3000) String value,
            @JsonProperty("selected_option") @Valid Option selectedOption,
            @JsonProperty("selected_options") @Size(max = 10) List<@NotNull @Valid Option> selectedOptions) {

        public String raw() {
            return selectedOption != null ? selectedOption.value() : value;
        }
    }

    /** @param value the option's stored value */
    @Schema(name = "SlackOption", description = "A selected option.")
    public record Option(@Size(max = 150) String value) {
    }
}
