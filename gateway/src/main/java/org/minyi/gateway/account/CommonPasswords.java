package org.minyi.gateway.account;

import me.gosimple.nbvcxz.resources.DictionaryUtil;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hundred thousand most common passwords of leaked lists, as the nbvcxz library ships them: a password
 * on it is refused whatever its length, since it is among the first an attacker tries. Loaded on first use.
 */
final class CommonPasswords {

    private CommonPasswords() {
    }

    /** Case does not make a common password less common: compared in lower case. */
    private static final class Lowered {
        static final Set<String> PASSWORDS = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet()
                .stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    static boolean contains(String password) {
        return Lowered.PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT));
    }
}
