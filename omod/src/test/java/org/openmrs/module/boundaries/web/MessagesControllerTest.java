package org.openmrs.module.boundaries.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

public class MessagesControllerTest extends BoundariesWebTest {

	@Autowired
	private MessagesController messagesController;

	@Test
	public void pagesGetTheModulesStringsInEnglishByDefault() throws Exception {
		mockMvc.perform(get(API + "/messages").param("locale", "en")).andExpect(status().isOk())
		        .andExpect(jsonPath("$.messages['boundaries.signin.submit']").value("Sign in"));
	}

	@Test
	public void pagesGetFrenchStringsForAFrenchLocale() throws Exception {
		mockMvc.perform(get(API + "/messages").param("locale", "fr_CA")).andExpect(status().isOk())
		        .andExpect(jsonPath("$.locale").value("fr"))
		        .andExpect(jsonPath("$.messages['boundaries.signin.submit']").value("Se connecter"));
	}

	@Test
	public void aTranslationThatLacksAKeyFallsBackToEnglish() throws Exception {
		mockMvc.perform(get(API + "/messages").param("locale", "de")).andExpect(status().isOk())
		        .andExpect(jsonPath("$.messages['boundaries.signin.submit']").value("Sign in"));
	}

	@Test
	public void onlyTheModulesOwnKeysAreServed() throws Exception {
		mockMvc.perform(get(API + "/messages").param("locale", "en"))
		        .andExpect(jsonPath("$.messages['general.save']").doesNotExist());
	}

	@Test
	public void madeUpLanguagesShareOneEnglishBundleSoTheyCannotFillTheMemory() throws Exception {
		mockMvc.perform(get(API + "/messages").param("locale", "qz")).andExpect(status().isOk());
		int cached = messagesController.cachedBundles();

		for (String language : new String[] { "qq", "qqa", "qqb", "zz", "zzz" }) {
			mockMvc.perform(get(API + "/messages").param("locale", language)).andExpect(status().isOk())
			        .andExpect(jsonPath("$.messages['boundaries.signin.submit']").value("Sign in"));
		}

		assertEquals(cached, messagesController.cachedBundles());
	}

	@Test
	public void aMalformedLocaleIsABadRequest() throws Exception {
		mockMvc.perform(get(API + "/messages").param("locale", "<script>")).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.locale").isArray());
	}
}
