"""Writer 39: Portuguese fragments (B = Portugal, BR = Brazil overrides)."""
from _w39_kit import lines

B = {
    "roles": lines("""
        técnico de contabilidade
        programador full-stack
        operador de armazém
        enfermeira
        assistente administrativa
        engenheiro de qualidade
        designer gráfico
        gestor de conta
        rececionista
        analista de dados
        professora de inglês
    """),
    "hi_f": lines("""
        Exma. Senhora {n} {N},
        Cara {n},
        Olá {n},
        Caro(a) candidato(a),
        Bom dia {n},
    """),
    "hi_c": lines("""
        Olá {n}!
        Bom dia {n},
        Olá,
    """),
    "bye_f": lines("""
        Com os melhores cumprimentos,
        Atenciosamente,
        Cumprimentos,
        Melhores cumprimentos,
    """),
    "bye_c": lines("""
        Abraço,
        Beijinhos e boa sorte,
        Até breve,
        Um abraço,
    """),
    "thanks_app": lines("""
        Agradecemos o interesse demonstrado na {co} e o envio da sua candidatura para a função de {role}.
        Obrigado por se ter candidatado à vaga de {role}.
        Escrevemos a propósito da sua candidatura ao lugar de {role}.
    """),
    "thanks_int": lines("""
        Obrigado pela disponibilidade para a entrevista de {date}.
        Foi um gosto conhecê-la na semana passada e falar sobre a função de {role}.
        Queria agradecer-te a conversa de ontem com a equipa.
    """),
    "ack": lines("""
        Confirmamos a receção da sua candidatura para a função de {role}.
        A sua candidatura foi registada com sucesso na nossa plataforma.
        Recebemos o seu CV, muito obrigado.
        Vimos por este meio acusar a receção da sua candidatura espontânea.
    """),
    "ack_next": lines("""
        A nossa equipa de Recursos Humanos irá analisar o seu perfil e entrará em contacto caso avance para a fase seguinte.
        O processo de seleção deverá demorar cerca de três semanas.
        Pode acompanhar o estado da candidatura na sua área reservada.
    """),
    "rej": lines("""
        Após uma análise cuidada, decidimos avançar com outros candidatos.
        Lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte.
        Infelizmente, não iremos dar seguimento à sua candidatura.
        Decidimos não avançar com o seu perfil neste processo.
        acabámos por escolher outra pessoa para a vaga.
    """),
    "rej_soft": lines("""
        Gostámos muito de a conhecer, mas a decisão final recaiu sobre outro candidato.
        Foi uma escolha difícil e, desta vez, não poderemos avançar consigo.
        O seu percurso é muito interessante, no entanto optámos por outro perfil.
    """),
    "rej_line": lines("""
        Para esta vaga não vamos avançar, obrigado na mesma.
        Infelizmente não foi desta, fica para uma próxima.
    """),
    "rsn": {
        "role_filled": lines("""
            A vaga entretanto já foi preenchida.
            Já contratámos alguém para esta função.
        """),
        "budget_freeze": lines("""
            Devido a um congelamento de contratações decidido pela administração, o processo foi suspenso.
            O orçamento para novas contratações foi cortado este ano.
        """),
        "closer_fit": lines("""
            Optámos por um candidato com experiência mais próxima das necessidades da função.
            Outro perfil correspondia de forma mais direta ao que procurávamos.
        """),
        "level_mismatch": lines("""
            Procuramos alguém com um nível de senioridade superior para esta posição.
            Para esta função precisamos de um perfil mais júnior.
        """),
        "role_cancelled": lines("""
            A vaga foi cancelada na sequência de uma reestruturação interna.
            O projeto foi suspenso e a posição deixou de existir.
        """),
    },
    "keep": lines("""
        Manteremos o seu CV na nossa base de dados para futuras oportunidades.
        Desejamos-lhe as maiores felicidades profissionais.
        Se surgir algo adequado, voltamos a contactá-la.
    """),
    "nofb": lines("""
        Recebemos um número muito elevado de candidaturas de grande qualidade.
        Por questões de política interna, não nos é possível dar feedback individual.
    """),
    "fb_intro": lines("""
        Como pediu, deixo-lhe alguns comentários do painel:
        Partilho consigo o feedback da equipa:
        Alguns pontos que podem ser úteis:
    """),
    "fb": {
        "coding": lines("""
            No exercício técnico o código resolvia o problema, mas faltavam testes e estava pouco legível.
        """),
        "system_design": lines("""
            Na parte de arquitetura, a solução proposta não considerava bem a escalabilidade nem as falhas.
        """),
        "technical_depth": lines("""
            Em alguns temas técnicos, como SAP e fecho de contas, as respostas ficaram à superfície.
            Faltou profundidade quando falámos de ferramentas de qualidade.
        """),
        "communication": lines("""
            As respostas foram por vezes longas e pouco objetivas.
            Seria bom estruturar melhor a apresentação do caso.
        """),
        "experience_level": lines("""
            Sentimos que ainda lhe falta experiência na gestão de equipas.
            A experiência em armazém é mais curta do que a função exige.
        """),
        "behavioural": lines("""
            Nos exemplos de situações passadas faltaram resultados concretos.
        """),
        "composure": lines("""
            Notámos algum nervosismo na apresentação, o que prejudicou as respostas finais.
        """),
        "questions_to_ask": lines("""
            No final não fez perguntas sobre a função ou a equipa.
        """),
        "cv_positioning": lines("""
            O CV não destaca a experiência mais relevante para esta vaga.
        """),
        "collaboration": lines("""
            Na dinâmica de grupo teve pouca interação com os colegas.
        """),
    },
    "praise": lines("""
        A apresentação do portefólio foi muito bem recebida.
        Gostámos muito da sua atitude.
    """),
    "inv": {
        "phone": lines("""
            Gostaríamos de marcar uma breve conversa telefónica de 20 minutos.
        """),
        "tech": lines("""
            Gostaríamos de a convidar para uma entrevista técnica com o responsável da equipa.
        """),
        "assess": lines("""
            A próxima fase consiste num teste online de raciocínio lógico, a realizar nos próximos 4 dias.
            Pedimos-lhe que resolva um pequeno exercício prático em casa.
        """),
        "onsite": lines("""
            Convidamo-la para uma entrevista presencial nas nossas instalações em {place}.
        """),
        "final": lines("""
            Tem o prazer de ser convidada para a entrevista final com a direção.
            Passou à última fase: uma entrevista final com a direção.
        """),
        "chat": lines("""
            O nosso diretor gostava de tomar um café consigo para conversarem.
        """),
    },
    "inv_log": lines("""
        Propomos {date}, às {time}.
        A entrevista será por Microsoft Teams e terá a duração de cerca de 45 minutos.
        A morada é {place}, 2.º andar.
    """),
    "inv_sched": lines("""
        Escolha o horário que preferir através deste link: {link}
    """),
    "inv_ask": lines("""
        Agradecemos que confirme a sua disponibilidade.
        Diga-me se lhe dá jeito.
    """),
    "offer": lines("""
        Temos o prazer de lhe apresentar uma proposta para a função de {role} na {co}.
        Gostaríamos muito de a ter connosco e queremos fazer-lhe uma proposta formal.
        É com muito gosto que lhe comunico que a escolhemos para a vaga!
    """),
    "offer_det": lines("""
        A remuneração proposta é de {sal} euros brutos mensais, 14 meses, com subsídio de alimentação.
        Em anexo segue a carta-proposta com as condições e a data de início prevista, {start}.
    """),
    "offer_dl": lines("""
        Pedimos uma resposta até {dl}.
    """),
    "other_role": lines("""
        Ainda assim, o seu perfil encaixa muito bem numa outra vaga que temos aberta ({role2}). Podemos marcar uma entrevista para a próxima semana?
    """),
    "subj": {
        "ack": lines("""
            Candidatura recebida - {role}
            Confirmação de candidatura
            {co}: recebemos a sua candidatura
        """),
        "rej": lines("""
            Processo de recrutamento - {role}
            A sua candidatura na {co}
            Re: entrevista
            Resultado do processo de seleção
        """),
        "inv": lines("""
            Convite para entrevista
            Entrevista {co} - {role}
            Próxima fase do processo
        """),
        "offer": lines("""
            Proposta de trabalho
            Carta-proposta {co}
        """),
    },
    "alert": lines("""
        Encontrámos {k} novas ofertas para a sua pesquisa "{q}".
        Novos empregos perto de si esta semana:
    """),
    "alert_end": lines("""
        Candidate-se com um clique.
        Para deixar de receber estes alertas, altere as suas preferências.
    """),
    "news": lines("""
        Entrevista de emprego: 10 perguntas que vai ouvir (e como responder)
        Recebeu uma recusa? Saiba como pedir feedback ao recrutador
    """),
    "housing": lines("""
        Agradecemos o seu interesse no T2 da Rua {street}. Informamos que o senhorio optou por outro inquilino.
        Lamentamos, mas o quarto já foi arrendado a outra pessoa.
    """),
    "uni": lines("""
        Informamos que a sua candidatura ao Mestrado em Gestão não foi admitida na 1.ª fase.
        Lamentamos informar que a sua candidatura à bolsa de investigação não foi aprovada.
    """),
    "webinar": lines("""
        Inscreva-se no webinar gratuito "Como brilhar numa entrevista por vídeo", {date} às {time}.
        Convite: workshop de LinkedIn e CV no IEFP, vagas limitadas.
    """),
    "ooo": lines("""
        Estou ausente até {dl}, com acesso limitado ao email. Para assuntos urgentes contacte {me2}.
        Obrigada pelo seu email. Encontro-me de férias e regresso a {dl}.
    """),
    "reminder": lines("""
        Lembramos que a sua entrevista está marcada para {date} às {time}. Traga o cartão de cidadão.
        Lembrete: amanhã às {time} tem a conversa com {me2}. O link mantém-se.
    """),
    "profile": lines("""
        O seu perfil está apenas 50% completo. Adicione as suas competências para ser encontrado pelos recrutadores.
    """),
    "status": lines("""
        A sua candidatura para {role} continua em análise. Daremos notícias assim que possível.
        Ainda não tomámos uma decisão, o processo está a demorar mais do que esperávamos.
    """),
    "panel": lines("""
        Olá {n}, vamos entrevistar três candidatos para estagiário na quinta. Podes fazer parte do júri comigo de manhã?
    """),
    "scam": lines("""
        PARABÉNS! Foi selecionada para trabalho remoto com ganhos de 3000€/mês. Para confirmar a vaga, pague a taxa de inscrição de 60€ por MB Way.
    """),
    "closed": lines("""
        Olá {n}, tinha-te falado da vaga de {role} num cliente meu, mas entretanto fecharam o processo antes de eu enviar o teu CV. Fica para a próxima!
    """),
    "s_fbreq": lines("""
        Obrigada pela resposta. Seria possível partilharem algum feedback sobre a minha entrevista? Gostava de perceber o que posso melhorar.
        Compreendo a decisão. Se não for incómodo, podia dizer-me que pontos pesaram contra a minha candidatura?
    """),
    "s_thanks": lines("""
        Queria agradecer a entrevista de hoje. Gostei muito de conhecer a equipa e fiquei ainda mais motivada.
    """),
    "s_withdraw": lines("""
        Venho por este meio retirar a minha candidatura à vaga de {role}, uma vez que aceitei outra proposta.
    """),
    "s_follow": lines("""
        Gostaria de saber se há novidades sobre o processo de {role}. Fiz a entrevista na {date}.
    """),
    "s_accept": lines("""
        Aceito com todo o gosto a proposta! Envio a carta assinada ainda hoje.
    """),
    "s_decline": lines("""
        Agradeço imenso a proposta, mas depois de ponderar decidi não aceitar.
    """),
    "s_sched": lines("""
        {date} às {time} é perfeito para mim. Até lá!
        Nesse dia não consigo, podemos passar para a tarde?
    """),
}

BR = dict(B)
BR.update({
    "roles": lines("""
        analista de RH
        desenvolvedor front-end
        auxiliar de logística
        técnica de enfermagem
        assistente financeiro
        vendedor externo
        engenheira civil júnior
        analista de suporte
    """),
    "hi_f": lines("""
        Prezada {n},
        Olá, {n}!
        Prezado(a) candidato(a),
        Oi {n}, tudo bem?
    """),
    "hi_c": lines("""
        Oi {n}!
        E aí {n}, tudo certo?
        Oi, tudo bem?
    """),
    "bye_f": lines("""
        Atenciosamente,
        Abraços,
        Att.,
    """),
    "bye_c": lines("""
        Abs,
        Valeu!
        Um abraço e boa sorte,
    """),
    "thanks_app": lines("""
        Agradecemos seu interesse na {co} e sua candidatura para a vaga de {role}.
        Obrigado por participar do nosso processo seletivo para {role}.
    """),
    "thanks_int": lines("""
        Muito obrigado pelo seu tempo na entrevista de {date}.
        Foi ótimo bater um papo com você na semana passada!
    """),
    "ack": lines("""
        Recebemos sua candidatura para a vaga de {role}!
        Sua inscrição no processo seletivo foi concluída com sucesso.
        Seu currículo chegou aqui, obrigado!
    """),
    "ack_next": lines("""
        Nosso time de recrutamento vai analisar seu perfil e, se houver match, entraremos em contato.
        Você pode acompanhar cada etapa pelo nosso portal de vagas.
    """),
    "rej": lines("""
        Neste momento, optamos por seguir com outros candidatos.
        Infelizmente seu perfil não seguirá para a próxima etapa.
        Decidimos não dar continuidade à sua candidatura.
        a gente acabou fechando com outra pessoa.
    """),
    "rej_soft": lines("""
        Adoramos te conhecer, mas a decisão final foi por outro perfil.
        Seu histórico é muito bacana, porém desta vez não vamos seguir juntos.
    """),
    "rej_line": lines("""
        Não vamos seguir com você nessa vaga, mas obrigado mesmo.
    """),
    "keep": lines("""
        Seu currículo ficará em nosso banco de talentos.
        Desejamos muito sucesso na sua jornada!
    """),
    "inv": {
        "phone": lines("""Gostaríamos de agendar uma conversa rápida por telefone com você."""),
        "tech": lines("""Queremos te convidar para a entrevista técnica com o time."""),
        "assess": lines("""A próxima etapa é um teste online, com prazo de 3 dias para conclusão.
            Vamos te enviar um case para resolver em casa."""),
        "onsite": lines("""Gostaríamos de te receber no nosso escritório em {place} para uma entrevista."""),
        "final": lines("""Você passou para a etapa final: uma conversa com a diretoria."""),
        "chat": lines("""O gestor da área quer bater um papo com você."""),
    },
    "inv_ask": lines("""
        Pode confirmar sua disponibilidade?
        Me avisa se esse horário funciona pra você.
    """),
    "inv_sched": lines("""
        Escolha o melhor horário na agenda: {link}
    """),
    "offer": lines("""
        Temos o prazer de te fazer uma proposta para a vaga de {role}!
        Queremos muito você no time e preparamos uma proposta formal.
    """),
    "offer_det": lines("""
        O salário é de R$ {sal} CLT, com VR, VT e plano de saúde, início em {start}.
        Segue anexa a carta-oferta com todos os benefícios.
    """),
    "s_fbreq": lines("""
        Obrigada pelo retorno. Vocês poderiam me dar um feedback sobre a entrevista? Quero entender onde posso melhorar.
        Entendo a decisão. Se for possível, queria saber o que faltou no meu perfil.
    """),
    "s_withdraw": lines("""
        Gostaria de retirar minha candidatura da vaga de {role}, pois aceitei outra proposta.
    """),
    "s_accept": lines("""
        Aceito a proposta, muito feliz! Me mandem o que precisar para a admissão.
    """),
    "scam": lines("""
        Parabéns!!! Você foi aprovada para vaga home office de digitadora, R$ 4.500 por mês. Para liberar o contrato faça um PIX de R$ 97 referente ao material.
    """),
    "housing": lines("""
        Olá! Sobre o apartamento da Rua {street}: o proprietário já fechou com outro inquilino, desculpe.
    """),
    "uni": lines("""
        Informamos que você não foi classificada no processo seletivo do mestrado para 2026.
    """),
})
